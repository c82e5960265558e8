-- Both ref columns become bigint through shadow columns, and the foreign key between them turns
-- around: the new one (accounts -> ledgers) is added by the swap of accounts, after the swap of
-- ledgers has built its key; the old one (ledgers -> accounts) comes back in the down once both
-- downs have converted their columns back, in a step of its own (no order of the two swaps is
-- forced for it, which made a cycle with the first).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    ref bigint CONSTRAINT accounts_ref_key UNIQUE
);

CREATE TABLE ledgers (
    id integer PRIMARY KEY,
    ref bigint CONSTRAINT ledgers_ref_key UNIQUE
);

ALTER TABLE accounts ADD CONSTRAINT accounts_ref_fkey FOREIGN KEY (ref) REFERENCES ledgers (ref);
