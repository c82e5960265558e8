CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN users.active IS 'false once the account is closed';
