-- a column dropped from a two-level partition tree: one DROP COLUMN on the root reaches every
-- partition, and the down adds it back once
CREATE TABLE audit (
    at date NOT NULL,
    actor text,
    note text,
    origin text
) PARTITION BY RANGE (at);
CREATE TABLE audit_2024 PARTITION OF audit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit_rest PARTITION OF audit FOR VALUES FROM ('2025-01-01') TO (MAXVALUE)
    PARTITION BY LIST (actor);
CREATE TABLE audit_rest_sys PARTITION OF audit_rest FOR VALUES IN ('system');
CREATE TABLE audit_rest_other PARTITION OF audit_rest DEFAULT;
