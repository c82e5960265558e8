DROP INDEX accounts_owner_idx;
CREATE INDEX accounts_owner_idx ON accounts (owner_id, balance);
