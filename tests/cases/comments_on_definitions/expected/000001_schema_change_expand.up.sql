-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - alter policy own_items on public.items
--   - set comments
--   - drop trigger items_touch on public.items (to create it again)
--   - create trigger items_touch on public.items
--   - drop view public.cheap (to create it again)
--   - create again view public.cheap
--   - drop function public.cents(p integer)
--   - create function public.cents(p integer)
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.items, brief
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.items, brief
--   - [breaks-old-app] the running application can no longer call public.cents(p integer)

SET LOCAL lock_timeout = '5s';

ALTER POLICY own_items ON public.items;

COMMENT ON POLICY own_items ON public.items IS 'owners see only their items';

COMMENT ON MATERIALIZED VIEW public.totals IS 'row count';

DROP TRIGGER items_touch ON public.items;

CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();

DROP VIEW public.cheap;

CREATE VIEW cheap AS SELECT id FROM items WHERE price < 5;

COMMENT ON VIEW public.cheap IS 'under ten';

DROP FUNCTION public.cents(p integer);

CREATE FUNCTION cents(p integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN p * 100;

COMMENT ON FUNCTION public.cents(p integer) IS 'price in cents';
