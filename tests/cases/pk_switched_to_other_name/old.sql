CREATE TABLE devices (
    id integer NOT NULL,
    serial text NOT NULL
);
CREATE UNIQUE INDEX devices_id_idx ON devices (id);
ALTER TABLE devices ADD CONSTRAINT devices_primary_key PRIMARY KEY USING INDEX devices_id_idx;
