SELECT count(*) = 1 FROM tasks WHERE priority = 'high' AND status = 'paid';
