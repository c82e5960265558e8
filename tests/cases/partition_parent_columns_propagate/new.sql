CREATE TABLE tickets (
    id bigint NOT NULL,
    opened_on date NOT NULL,
    title varchar(80),
    priority int NOT NULL DEFAULT 1,
    -- @backfill 'web'
    source text NOT NULL DEFAULT 'web'
) PARTITION BY RANGE (opened_on);
CREATE TABLE tickets_2024 PARTITION OF tickets FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE tickets_2025 PARTITION OF tickets (priority DEFAULT 3)
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
