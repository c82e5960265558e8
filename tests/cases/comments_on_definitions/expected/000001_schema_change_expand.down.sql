-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - set comments
--   - drop view public.cheap (to create it again)
--   - create again view public.cheap
--   - drop function public.cents(p integer)
--   - create function public.cents(p integer)

SET LOCAL lock_timeout = '5s';

DROP FUNCTION public.cents(p integer);

CREATE OR REPLACE FUNCTION cents(p integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN p * 100;

COMMENT ON FUNCTION public.cents(p integer) IS 'price in cents';

DROP VIEW public.cheap;

CREATE VIEW cheap AS SELECT id FROM items WHERE price < 10;

COMMENT ON VIEW public.cheap IS 'under ten';

COMMENT ON MATERIALIZED VIEW public.totals IS NULL;

COMMENT ON TRIGGER items_touch ON public.items IS 'keeps rows fresh';

COMMENT ON POLICY own_items ON public.items IS 'owners see their items';
