-- Both sides of a foreign key change type through shadow columns (to types a key cannot
-- join), and the key goes. The swap of readings.id drops the key and its down adds it back,
-- so it runs before the swap of billings.reading_id: in the down, billings.reading_id is
-- integer again when the key comes back.
CREATE TABLE readings (id bigint PRIMARY KEY, value integer);

CREATE TABLE billings (
    id integer PRIMARY KEY,
    reading_id text
);
