-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - set comments
--   - drop view public.cheap (to create it again)
--   - create again view public.cheap
--   - drop function public.cents(p integer)
--   - create function public.cents(p integer)
--
-- Hazards (locks, rewrites, scans):
--   - [breaks-old-app] the running application can no longer call public.cents(p integer)

SET LOCAL lock_timeout = '5s';

COMMENT ON POLICY own_items ON public.items IS 'owners see only their items';

COMMENT ON TRIGGER items_touch ON public.items IS NULL;

COMMENT ON MATERIALIZED VIEW public.totals IS 'row count';

DROP VIEW public.cheap;

CREATE VIEW cheap AS SELECT id FROM items WHERE price < 5;

COMMENT ON VIEW public.cheap IS 'under ten';

DROP FUNCTION public.cents(p integer);

CREATE FUNCTION cents(p integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN p * 100;

COMMENT ON FUNCTION public.cents(p integer) IS 'price in cents';
