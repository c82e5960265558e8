-- 000001_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - drop partition public.clicks_2024 with its parent public.clicks
--   - drop table public.clicks
--   - create table public.clicks
--   - create partition public.clicks_other of public.clicks (DEFAULT)
--   - create partition public.clicks_spring of public.clicks (FOR VALUES IN ('spring'))
--   - drop table public.clicks_archive
--   - create table public.clicks_archive
--   - create partition public.clicks_archive_0 of public.clicks_archive (FOR VALUES WITH (MODULUS 1, REMAINDER 0))
--
-- Hazards (locks, rewrites, scans):
--   - [deletes-data] deletes partition public.clicks_2024 and its rows
--   - [deletes-data] deletes table public.clicks and its rows
--   - [deletes-data] deletes table public.clicks_archive and its rows

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

DROP TABLE public.clicks_archive;

CREATE TABLE public.clicks_archive (
    id bigint,
    at date,
    campaign text
) PARTITION BY HASH (id);

CREATE TABLE public.clicks_archive_0 (
    id bigint,
    at date,
    campaign text
);

ALTER TABLE public.clicks_archive ATTACH PARTITION public.clicks_archive_0 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
