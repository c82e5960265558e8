CREATE TABLE visits (
    id bigint NOT NULL,
    seen_on date NOT NULL,
    country text NOT NULL,
    path text
) PARTITION BY RANGE (seen_on);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY LIST (country);
CREATE TABLE visits_2025_fr PARTITION OF visits_2025 FOR VALUES IN ('fr');
CREATE TABLE visits_2025_xx PARTITION OF visits_2025 DEFAULT;
CREATE INDEX visits_2024_path_idx ON visits_2024 (lower(path));
CREATE INDEX visits_path_idx ON visits (lower(path));
