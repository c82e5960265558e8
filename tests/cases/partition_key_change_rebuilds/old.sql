CREATE TABLE clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE clicks_2024 PARTITION OF clicks FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE clicks_archive (id bigint, at date, campaign text);
