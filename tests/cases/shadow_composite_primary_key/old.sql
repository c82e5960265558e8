-- Both columns of a composite primary key widen: one shadow column each, one trigger, one batched
-- copy (keyset over the composite key), one primary key index built over both shadows, and one
-- swap. The composite foreign key of another table is re-added NOT VALID, then validated.
CREATE TABLE memberships (
    group_id integer,
    user_id integer,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE grants (
    id bigint PRIMARY KEY,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    FOREIGN KEY (group_id, user_id) REFERENCES memberships
);
