-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop partition public.clicks_2024 with its parent public.clicks
--   - drop table public.clicks
--   - create table public.clicks
--   - create partition public.clicks_other of public.clicks (DEFAULT)
--   - create partition public.clicks_spring of public.clicks (FOR VALUES IN ('spring'))
--   - drop table public.clicks_archive
--   - create table public.clicks_archive
--   - create partition public.clicks_archive_0 of public.clicks_archive (FOR VALUES WITH (MODULUS 1, REMAINDER 0))

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.clicks_archive DETACH PARTITION public.clicks_archive_0;

DROP TABLE public.clicks_archive_0;

DROP TABLE public.clicks_archive;

CREATE TABLE public.clicks_archive (
    id bigint,
    at date,
    campaign text
);

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
