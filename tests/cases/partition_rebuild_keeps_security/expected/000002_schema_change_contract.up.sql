-- 000002_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop policy visible on public.clicks (to create it again)
--   - drop partition public.clicks_2024 with its parent public.clicks
--   - drop table public.clicks
--   - create table public.clicks
--   - create partition public.clicks_other of public.clicks (DEFAULT)
--   - create partition public.clicks_spring of public.clicks (FOR VALUES IN ('spring'))
--   - enable row level security on public.clicks
--   - create again policy visible on public.clicks
--   - grant UPDATE on column public.clicks.campaign to gen_app_writer
--   - grant SELECT on TABLE public.clicks to gen_app_reader
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes partition public.clicks_2024 and its rows
--   - [deletes-data] deletes table public.clicks and its rows
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.clicks, brief

SET LOCAL lock_timeout = '5s';

DROP TABLE public.clicks;

CREATE TABLE public.clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY LIST (campaign);

CREATE TABLE public.clicks_other (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
);

ALTER TABLE public.clicks ATTACH PARTITION public.clicks_other DEFAULT;

CREATE TABLE public.clicks_spring (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
);

ALTER TABLE public.clicks ATTACH PARTITION public.clicks_spring FOR VALUES IN ('spring');

ALTER TABLE public.clicks ENABLE ROW LEVEL SECURITY;

CREATE POLICY visible ON public.clicks FOR SELECT TO gen_app_reader USING (campaign <> 'secret');

COMMENT ON POLICY visible ON public.clicks IS 'no secret campaigns';

GRANT UPDATE (campaign) ON TABLE public.clicks TO gen_app_writer;

GRANT SELECT ON TABLE public.clicks TO gen_app_reader;
