CREATE TABLE readings (
    sensor_id int NOT NULL,
    read_at timestamptz NOT NULL,
    value double precision
) PARTITION BY RANGE (read_at);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
