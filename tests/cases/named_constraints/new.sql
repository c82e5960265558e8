CREATE TABLE accounts (
    id bigint CONSTRAINT accounts_id_pk PRIMARY KEY,
    name text NOT NULL,
    domain text,
    CONSTRAINT accounts_domain_uq UNIQUE (domain),
    CONSTRAINT accounts_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE TABLE users (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    email text NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id),
    CONSTRAINT users_email_per_account_uq UNIQUE (account_id, email)
);
