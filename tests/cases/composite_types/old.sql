CREATE TYPE mood AS ENUM ('happy', 'sad');

-- An address, kept in a column.
CREATE TYPE address AS (
    street text,
    zip varchar(10),
    city text COLLATE "C",
    floor integer
);

-- Not used by any column: its attributes may change type and order.
CREATE TYPE point3 AS (x integer, y integer, z integer);

CREATE TYPE gone AS (a integer);

COMMENT ON TYPE address IS 'postal address';

CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    home address
);
