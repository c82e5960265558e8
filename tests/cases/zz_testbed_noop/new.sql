-- Same schema, written differently: no migration needed.
CREATE TABLE item (
    id   bigint GENERATED ALWAYS AS IDENTITY,
    name text   NOT NULL,
    PRIMARY KEY (id)
);
