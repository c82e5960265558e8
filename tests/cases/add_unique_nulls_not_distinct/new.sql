CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL,
    label text,
    CONSTRAINT api_keys_account_label_key UNIQUE NULLS NOT DISTINCT (account_id, label)
);
