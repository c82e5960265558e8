-- The CHECK compares with an integer, which a text column cannot do: it is dropped before the type
-- changes (and re-added after it in the down).
CREATE TABLE readings (
    id integer PRIMARY KEY,
    "Value" text
);
