-- 000004_schema_change_contract.down.sql
-- Reverts 000004_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop index public.index_favorites_0_on_user_id with its table
--   - drop table public.favorites_0
--   - drop table public.favorites_1

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.favorites_1 (
    CONSTRAINT favorites_1_user_id_check CHECK ((user_id % 2) = 1)
) INHERITS (public.favorites);

CREATE TABLE public.favorites_0 (
    CONSTRAINT favorites_0_user_id_check CHECK ((user_id % 2) = 0)
) INHERITS (public.favorites);

CREATE INDEX index_favorites_0_on_user_id ON public.favorites_0 USING btree (user_id);
