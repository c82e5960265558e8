UPDATE issues SET status = 'in_progress' WHERE id = 3;
