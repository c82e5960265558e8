CREATE TABLE metrics (
    id bigint NOT NULL,
    day date NOT NULL,
    v int CHECK (v > 0),
    PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
CREATE INDEX ON metrics (v);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- archived: a table of its own, as DETACH leaves it
CREATE TABLE metrics_2023 (
    id bigint NOT NULL,
    day date NOT NULL,
    v int CONSTRAINT metrics_v_check CHECK (v > 0),
    CONSTRAINT metrics_2023_pkey PRIMARY KEY (id, day)
);
CREATE INDEX metrics_2023_v_idx ON metrics_2023 (v);
