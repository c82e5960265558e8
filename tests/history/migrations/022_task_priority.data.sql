UPDATE tasks SET priority = 'high' WHERE id IN (3, 5);
UPDATE tasks SET priority = 'low' WHERE id = 2;
