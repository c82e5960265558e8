-- "issues" became "tasks" in the product: the table follows
ALTER TABLE issues RENAME TO tasks;
