-- 000013_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_id, gen_new_owner_id, gen_new_code in for id, owner_id, code on public.accounts
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.accounts and on the tables whose foreign keys reference it, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts id, owner_id, code back in place: it rewrites public.accounts under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_accounts ON public.accounts;

DROP FUNCTION public.gen_sync_accounts();

ALTER TABLE IF EXISTS public.transfers DROP CONSTRAINT IF EXISTS transfers_account_id_fkey;

ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.gen_new_id;

ALTER TABLE public.accounts DROP COLUMN id;

ALTER TABLE public.accounts RENAME COLUMN gen_new_id TO id;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::REGCLASS);

ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_gen_new_id_not_null;

ALTER TABLE public.accounts DROP COLUMN owner_id;

ALTER TABLE public.accounts RENAME COLUMN gen_new_owner_id TO owner_id;

ALTER TABLE public.accounts ALTER COLUMN owner_id SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_gen_new_owner_id_not_null;

ALTER TABLE public.accounts DROP COLUMN code;

ALTER TABLE public.accounts RENAME COLUMN gen_new_code TO code;

ALTER TABLE public.accounts ALTER COLUMN code SET DEFAULT 8;

ALTER TABLE public.accounts ALTER COLUMN code SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_gen_new_code_not_null;

ALTER INDEX public.accounts_big_codes_ccnew RENAME TO accounts_big_codes;

ALTER INDEX public.accounts_code_digit_ccnew RENAME TO accounts_code_digit;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_email_key UNIQUE USING INDEX accounts_code_email_key_ccnew;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey_ccnew;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_code_check CHECK (code >= 0) NOT VALID;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.owners (id) NOT VALID;

ALTER TABLE public.transfers ADD CONSTRAINT transfers_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id) ON DELETE CASCADE NOT VALID;

COMMENT ON COLUMN public.accounts.code IS 'the code';
