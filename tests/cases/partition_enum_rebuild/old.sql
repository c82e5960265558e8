-- An enum rebuilt (a label removed, the rest reordered) under a partition tree: the parent's
-- ALTER recurses to its partitions; a partition's own default comes back after the parent's.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE readings (
    id bigint NOT NULL,
    at date NOT NULL,
    feel mood DEFAULT 'ok',
    history mood[]
) PARTITION BY RANGE (at);
CREATE TABLE r2024 PARTITION OF readings (feel DEFAULT 'happy')
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE r2025 PARTITION OF readings
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);
CREATE TABLE r2025_0 PARTITION OF r2025 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
