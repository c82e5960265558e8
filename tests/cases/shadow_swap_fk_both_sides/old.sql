CREATE TABLE readings (id integer PRIMARY KEY, value integer);

CREATE TABLE billings (
    id integer PRIMARY KEY,
    reading_id integer CONSTRAINT billings_reading_fkey REFERENCES readings (id)
);
