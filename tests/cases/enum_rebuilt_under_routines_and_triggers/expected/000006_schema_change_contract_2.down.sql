-- 000006_schema_change_contract_2.down.sql
-- Reverts 000006_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap in the new type public.st (created as public.st__gen_new)

SET LOCAL lock_timeout = '5s';

ALTER TYPE public.st RENAME TO st__gen_new;

CREATE TYPE public.st AS ENUM ('todo', 'doing', 'done', 'gone');
