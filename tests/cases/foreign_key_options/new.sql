CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    region text NOT NULL,
    UNIQUE (id, region)
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE ON UPDATE CASCADE,
    manager_id bigint REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE shipments (
    id bigint PRIMARY KEY,
    account_id bigint,
    region text,
    handled_by bigint,
    CONSTRAINT shipments_account_region_fkey FOREIGN KEY (account_id, region) REFERENCES accounts (id, region) MATCH FULL ON DELETE RESTRICT,
    CONSTRAINT shipments_handled_by_fkey FOREIGN KEY (handled_by) REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED
);
