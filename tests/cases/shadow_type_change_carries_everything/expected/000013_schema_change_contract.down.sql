-- 000013_schema_change_contract.down.sql
-- Reverts 000013_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_id, gen_new_owner_id, gen_new_code in for id, owner_id, code on public.accounts

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts DROP CONSTRAINT IF EXISTS accounts_code_check;

DROP INDEX IF EXISTS public.accounts_big_codes;

DROP INDEX IF EXISTS public.accounts_code_digit;

ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::REGCLASS);

ALTER TABLE public.accounts ALTER COLUMN owner_id TYPE integer USING owner_id::integer;

ALTER TABLE public.accounts ALTER COLUMN code DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN code TYPE integer USING code::integer;

ALTER TABLE public.accounts ALTER COLUMN code SET DEFAULT 7;

CREATE INDEX accounts_big_codes ON public.accounts USING btree (code) WHERE code > 100;

CREATE INDEX accounts_code_digit ON public.accounts USING btree ((code % 10), (lower(email)));

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_check CHECK (code >= 0);
