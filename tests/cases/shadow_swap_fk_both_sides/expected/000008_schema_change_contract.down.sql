-- 000008_schema_change_contract.down.sql
-- Reverts 000008_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - add back foreign key billings_reading_fkey of public.billings in the down
--   - swap gen_new_reading_id in for reading_id on public.billings
--   - swap gen_new_id in for id on public.readings

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.readings ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.billings ALTER COLUMN reading_id TYPE integer USING reading_id::integer;

ALTER TABLE public.billings ADD CONSTRAINT billings_reading_fkey FOREIGN KEY (reading_id) REFERENCES public.readings (id);
