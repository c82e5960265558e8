-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter sequence public.accounts_id_seq
--   - add gen_new_id, gen_new_owner_id, gen_new_code beside id, owner_id, code on public.accounts, kept in sync by trigger gen_sync_accounts

SET LOCAL lock_timeout = '5s';

DROP TRIGGER IF EXISTS gen_sync_accounts ON public.accounts;

DROP FUNCTION IF EXISTS public.gen_sync_accounts();

ALTER TABLE public.accounts DROP COLUMN IF EXISTS gen_new_id;

ALTER TABLE public.accounts DROP COLUMN IF EXISTS gen_new_owner_id;

ALTER TABLE public.accounts DROP COLUMN IF EXISTS gen_new_code;

ALTER SEQUENCE public.accounts_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;
