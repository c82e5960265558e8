-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint accounts_email_idx on public.accounts using its index
--   - add constraint accounts_pkey on public.accounts using its index

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;

CREATE UNIQUE INDEX accounts_id_idx ON public.accounts USING btree (id);

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_idx;

CREATE UNIQUE INDEX accounts_email_idx ON public.accounts USING btree (email) INCLUDE (tenant);
