ALTER TABLE accounts ADD COLUMN status text NOT NULL DEFAULT 'active';
