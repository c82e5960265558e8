CREATE TABLE slots (
    id integer PRIMARY KEY,
    position integer NOT NULL,
    CONSTRAINT slots_position_key UNIQUE (position)
);
