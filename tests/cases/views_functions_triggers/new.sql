CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    balance bigint NOT NULL DEFAULT 0,
    updated_at timestamptz
);

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.email := lower(NEW.email);
  RETURN NEW;
END
$$;

CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();

CREATE FUNCTION rich_limit() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2000 $$;

CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM accounts $$;

CREATE VIEW rich AS SELECT id, email, balance FROM accounts WHERE balance > rich_limit();

CREATE VIEW rich_emails AS SELECT email FROM rich;

CREATE VIEW plain_emails AS SELECT lower(email) AS email FROM accounts;

CREATE VIEW stats AS SELECT account_count() AS accounts;

CREATE MATERIALIZED VIEW balances AS SELECT sum(balance) AS total FROM accounts;
CREATE UNIQUE INDEX balances_total ON balances (total);
