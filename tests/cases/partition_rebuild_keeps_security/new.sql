CREATE TABLE clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY LIST (campaign);
CREATE TABLE clicks_spring PARTITION OF clicks FOR VALUES IN ('spring');
CREATE TABLE clicks_other PARTITION OF clicks DEFAULT;
ALTER TABLE clicks ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON clicks FOR SELECT TO gen_app_reader USING (campaign <> 'secret');
COMMENT ON POLICY visible ON clicks IS 'no secret campaigns';
GRANT SELECT ON clicks TO gen_app_reader;
GRANT UPDATE (campaign) ON clicks TO gen_app_writer;
