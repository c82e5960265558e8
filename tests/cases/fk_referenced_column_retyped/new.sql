-- Both ends of the foreign key change type: the FK is dropped before either column changes and
-- re-added (NOT VALID, then validated) after both.
CREATE TABLE parents (
    id bigint PRIMARY KEY
);
CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id bigint REFERENCES parents (id)
);
