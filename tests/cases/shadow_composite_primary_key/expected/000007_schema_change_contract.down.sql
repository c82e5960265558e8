-- 000007_schema_change_contract.down.sql
-- Reverts 000007_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - swap gen_new_group_id, gen_new_user_id in for group_id, user_id on public.memberships

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.memberships ALTER COLUMN group_id TYPE integer USING group_id::integer;

ALTER TABLE public.memberships ALTER COLUMN user_id TYPE integer USING user_id::integer;
