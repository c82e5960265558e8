-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create type public.subscription_state
--   - add column public.subscriptions.state
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.subscriptions, brief: no rewrite (PostgreSQL 11+)

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.subscription_state AS ENUM ('trialing', 'active', 'past_due', 'canceled');

ALTER TABLE public.subscriptions ADD COLUMN state public.subscription_state DEFAULT 'trialing' NOT NULL;
