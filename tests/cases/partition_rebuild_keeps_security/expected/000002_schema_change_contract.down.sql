-- 000002_schema_change_contract.down.sql
-- Reverts 000002_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
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

SET LOCAL lock_timeout = '5s';

REVOKE SELECT ON TABLE public.clicks FROM gen_app_reader;

REVOKE UPDATE (campaign) ON TABLE public.clicks FROM gen_app_writer;

DROP POLICY visible ON public.clicks;

ALTER TABLE public.clicks DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.clicks DETACH PARTITION public.clicks_spring;

DROP TABLE public.clicks_spring;

ALTER TABLE public.clicks DETACH PARTITION public.clicks_other;

DROP TABLE public.clicks_other;

DROP TABLE public.clicks;

CREATE TABLE public.clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY RANGE (at);

CREATE TABLE public.clicks_2024 (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
);

ALTER TABLE public.clicks ATTACH PARTITION public.clicks_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE POLICY visible ON public.clicks FOR SELECT TO gen_app_reader USING (campaign <> 'secret');

COMMENT ON POLICY visible ON public.clicks IS 'no secret campaigns';
