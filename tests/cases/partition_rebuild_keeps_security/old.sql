CREATE TABLE clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE clicks_2024 PARTITION OF clicks FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE clicks ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON clicks FOR SELECT TO gen_app_reader USING (campaign <> 'secret');
COMMENT ON POLICY visible ON clicks IS 'no secret campaigns';
GRANT SELECT ON clicks TO gen_app_reader;
GRANT UPDATE (campaign) ON clicks TO gen_app_writer;
