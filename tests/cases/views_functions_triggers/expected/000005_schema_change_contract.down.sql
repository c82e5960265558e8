-- 000005_schema_change_contract.down.sql
-- Reverts 000005_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop materialized view public.balances (to create it again)
--   - drop view public.rich_emails (to create it again)
--   - drop view public.rich (to create it again)
--   - swap gen_new_balance in for balance on public.accounts
--   - create again view public.rich
--   - create again view public.rich_emails
--   - drop function public.unused(x integer)

SET LOCAL lock_timeout = '5s';

CREATE OR REPLACE FUNCTION unused(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;

DROP VIEW public.rich_emails;

DROP VIEW public.rich;

ALTER TABLE public.accounts ALTER COLUMN balance DROP DEFAULT;

ALTER TABLE public.accounts ALTER COLUMN balance TYPE integer USING balance::integer;

ALTER TABLE public.accounts ALTER COLUMN balance SET DEFAULT 0;

CREATE VIEW rich AS SELECT id, email FROM accounts WHERE balance > rich_limit();

CREATE VIEW rich_emails AS SELECT email FROM rich;

CREATE MATERIALIZED VIEW balances AS SELECT sum(balance) AS total FROM accounts;

CREATE UNIQUE INDEX balances_total ON public.balances USING btree (total);
