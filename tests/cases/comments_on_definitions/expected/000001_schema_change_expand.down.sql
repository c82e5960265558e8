-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter policy own_items on public.items
--   - set comments
--   - drop trigger items_touch on public.items (to create it again)
--   - create trigger items_touch on public.items
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

DROP TRIGGER items_touch ON public.items;

CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();

COMMENT ON TRIGGER items_touch ON public.items IS 'keeps rows fresh';

COMMENT ON MATERIALIZED VIEW public.totals IS NULL;

COMMENT ON POLICY own_items ON public.items IS 'owners see their items';

ALTER POLICY own_items ON public.items;
