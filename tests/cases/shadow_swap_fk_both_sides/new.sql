-- Both sides of a foreign key change type through shadow columns (to types a key cannot
-- join), and the key goes. Its down adds it back in a step of its own, after the downs of
-- both swaps: billings.reading_id is integer again when the key comes back.
CREATE TABLE readings (id bigint PRIMARY KEY, value integer);

CREATE TABLE billings (
    id integer PRIMARY KEY,
    reading_id text
);
