CREATE TABLE readings (
    id integer PRIMARY KEY,
    "Value" bigint CHECK ("Value" > 0)
);
