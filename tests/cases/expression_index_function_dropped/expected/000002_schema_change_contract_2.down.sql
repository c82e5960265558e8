-- 000002_schema_change_contract_2.down.sql
-- Reverts 000002_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop function public.initials(words text[])

SET LOCAL lock_timeout = '5s';

CREATE OR REPLACE FUNCTION public.initials(words text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT string_agg(left(w, 1), '') FROM unnest(words) AS w $$;
