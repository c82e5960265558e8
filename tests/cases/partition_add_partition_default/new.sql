CREATE TABLE measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric CHECK (value >= 0),
    PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE INDEX ON measurements (value);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
