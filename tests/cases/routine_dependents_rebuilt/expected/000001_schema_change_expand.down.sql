-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - drop view public.price_list (to create it again)
--   - drop function public.with_vat(c integer)
--   - drop function public.to_euros(c integer)
--   - create function public.to_euros(c integer)
--   - create function public.with_vat(c integer)
--   - create again view public.price_list

SET LOCAL lock_timeout = '5s';

DROP VIEW public.price_list;

DROP FUNCTION public.with_vat(c integer);

DROP FUNCTION public.to_euros(c integer);

CREATE OR REPLACE FUNCTION to_euros(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN c / 100.0;

CREATE OR REPLACE FUNCTION with_vat(c integer) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN to_euros(c) * 1.2;

CREATE VIEW price_list AS SELECT id, to_euros(cents) AS euros FROM prices;
