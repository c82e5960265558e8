UPDATE accounts SET note = '' WHERE note IS NULL;
ALTER TABLE accounts ALTER COLUMN note SET NOT NULL;
