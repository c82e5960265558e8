SELECT state = 'pending'::task_state AND "Old Note" = 'x' FROM tasks WHERE id = 1;
SELECT state = 'Done Ok'::task_state FROM tasks WHERE id = 2;
