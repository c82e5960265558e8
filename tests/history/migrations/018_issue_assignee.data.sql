UPDATE issues SET assignee_id = 2 WHERE id = 1;
UPDATE issues SET assignee_id = 6 WHERE id = 5;
