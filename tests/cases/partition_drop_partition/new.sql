CREATE TABLE logs (
    id bigint NOT NULL,
    logged_at timestamptz NOT NULL,
    line text,
    PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);
CREATE INDEX ON logs (line);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
