CREATE TABLE accounts (id integer PRIMARY KEY, ref integer CONSTRAINT accounts_ref_key UNIQUE);

CREATE TABLE ledgers (
    id integer PRIMARY KEY,
    ref integer CONSTRAINT ledgers_ref_key UNIQUE,
    CONSTRAINT ledgers_ref_fkey FOREIGN KEY (ref) REFERENCES accounts (ref)
);
