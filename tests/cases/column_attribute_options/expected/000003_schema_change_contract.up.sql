-- 000003_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_score in for score on public.events
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.events, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts score back in place: it rewrites public.events under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_events ON public.events;

DROP FUNCTION public.gen_sync_events();

ALTER TABLE public.events DROP COLUMN score;

ALTER TABLE public.events RENAME COLUMN gen_new_score TO score;

ALTER TABLE public.events ALTER COLUMN score SET STATISTICS 300;

ALTER TABLE public.events ALTER COLUMN score SET (n_distinct = '-0.05');
