-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add column public.UserAccounts.lastLoginAt
--   - add column public.order.select
--   - add constraint order_user_fkey on public.order (NOT VALID)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.UserAccounts, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.order, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.order and public.UserAccounts, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

ALTER TABLE public."UserAccounts" ADD COLUMN "lastLoginAt" timestamp with time zone;

ALTER TABLE public."order" ADD COLUMN "select" boolean DEFAULT false NOT NULL;

ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."UserAccounts" ("Id") NOT VALID;
