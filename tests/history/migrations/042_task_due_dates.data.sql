UPDATE tasks SET due_on = '2024-06-30' WHERE id IN (1, 6);
