CREATE TYPE mood AS ENUM ('happy', 'sad');

-- An address, kept in a column: floor goes (its values are lost), country and mood are added.
CREATE TYPE address AS (
    street text,
    zip varchar(10),
    city text COLLATE "C",
    country text,
    feeling mood
);

-- Not used by any column: its attributes may change type and order.
CREATE TYPE point3 AS (x bigint, z bigint, y bigint);

CREATE TYPE money_amount AS (currency char(3), cents bigint);

COMMENT ON TYPE address IS 'postal address, with country';

CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    home address,
    balance money_amount
);
