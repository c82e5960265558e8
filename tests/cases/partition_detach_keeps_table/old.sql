CREATE TABLE metrics (
    id bigint NOT NULL,
    day date NOT NULL,
    v int CHECK (v > 0),
    PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
CREATE INDEX ON metrics (v);
CREATE TABLE metrics_2023 PARTITION OF metrics FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
