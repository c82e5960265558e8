CREATE TABLE events (
    name text NOT NULL,
    payload jsonb,
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 1)
);
