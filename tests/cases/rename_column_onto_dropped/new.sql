-- user_name is renamed from username, so the old user_name (and its values) must go first.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    user_name text -- @renamed from=username
);
