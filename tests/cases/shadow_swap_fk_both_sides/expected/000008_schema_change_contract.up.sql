-- 000008_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - add back foreign key billings_reading_fkey of public.billings in the down
--   - swap gen_new_reading_id in for reading_id on public.billings
--   - swap gen_new_id in for id on public.readings
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.billings, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts reading_id back in place: it rewrites public.billings under ACCESS EXCLUSIVE
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.readings and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id back in place: it rewrites public.readings under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_billings ON public.billings;

DROP FUNCTION public.gen_sync_billings();

ALTER TABLE public.billings DROP COLUMN reading_id;

ALTER TABLE public.billings RENAME COLUMN gen_new_reading_id TO reading_id;

DROP TRIGGER gen_sync_readings ON public.readings;

DROP FUNCTION public.gen_sync_readings();

ALTER TABLE IF EXISTS public.billings DROP CONSTRAINT IF EXISTS billings_reading_fkey;

ALTER TABLE public.readings DROP COLUMN id;

ALTER TABLE public.readings RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.readings ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.readings DROP CONSTRAINT readings_gen_new_id_not_null;

ALTER TABLE public.readings ADD CONSTRAINT readings_pkey PRIMARY KEY USING INDEX readings_pkey_ccnew;
