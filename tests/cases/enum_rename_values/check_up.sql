SELECT state = 'waiting' AND note = 'x' FROM tasks WHERE id = 1;
SELECT state = 'done' FROM tasks WHERE id = 2;
