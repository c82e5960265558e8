-- Functions, triggers, views and a materialized view, kept as written and ordered by what they
-- mention: changed bodies are replaced in place (CREATE OR REPLACE), a changed trigger is dropped
-- and created again, a changed view is rebuilt with the views that read it, and views reading a
-- column whose type changes (here through a shadow column) are rebuilt around the swap.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    balance integer NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();

CREATE FUNCTION rich_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1000 $$;

CREATE FUNCTION unused(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;

CREATE VIEW rich AS SELECT id, email FROM accounts WHERE balance > rich_limit();

CREATE VIEW rich_emails AS SELECT email FROM rich;

CREATE VIEW plain_emails AS SELECT lower(email) AS email FROM accounts;

CREATE MATERIALIZED VIEW balances AS SELECT sum(balance) AS total FROM accounts;
CREATE UNIQUE INDEX balances_total ON balances (total);
