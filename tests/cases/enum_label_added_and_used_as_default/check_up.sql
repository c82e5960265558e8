SELECT (SELECT priority::text FROM tasks WHERE id = 1) = 'high';
