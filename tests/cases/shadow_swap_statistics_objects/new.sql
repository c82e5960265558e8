-- sensor_id becomes bigint through a shadow column; dropping the old column at the swap drops
-- the extended statistics on it: the one kept as it is is created again (with its comment)
-- by the swap, the one that changes is dropped before the swap and created after it.
-- (PostgreSQL prints a statistics object's columns in table order, and the swapped column
-- comes last after the swap: here it is last in both files.)
CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    zone integer,
    sensor_id bigint NOT NULL
);
CREATE STATISTICS measurements_sensor_zone ON sensor_id, zone FROM measurements;
COMMENT ON STATISTICS measurements_sensor_zone IS 'sensors sit in one zone';
CREATE STATISTICS measurements_sensor_id (dependencies) ON sensor_id, id FROM measurements;
