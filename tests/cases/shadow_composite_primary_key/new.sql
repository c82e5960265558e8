CREATE TABLE memberships (
    group_id bigint,
    user_id bigint,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE grants (
    id bigint PRIMARY KEY,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    FOREIGN KEY (group_id, user_id) REFERENCES memberships
);
