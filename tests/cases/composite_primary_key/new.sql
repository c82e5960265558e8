CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY);

CREATE TABLE memberships (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (account_id, user_id)
);
