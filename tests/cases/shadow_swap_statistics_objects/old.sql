CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    zone integer,
    sensor_id integer NOT NULL
);
CREATE STATISTICS measurements_sensor_zone ON sensor_id, zone FROM measurements;
COMMENT ON STATISTICS measurements_sensor_zone IS 'sensors sit in one zone';
CREATE STATISTICS measurements_sensor_id (ndistinct) ON sensor_id, id FROM measurements;
