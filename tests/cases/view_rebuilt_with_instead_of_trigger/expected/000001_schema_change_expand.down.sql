-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - drop trigger note_feed_insert on public.note_feed (to create it again)
--   - drop view public.note_feed (to create it again)
--   - create again view public.note_feed
--   - create trigger note_feed_insert on public.note_feed

SET LOCAL lock_timeout = '5s';

DROP TRIGGER note_feed_insert ON public.note_feed;

DROP VIEW public.note_feed;

CREATE VIEW note_feed AS SELECT body, stars FROM notes;

CREATE TRIGGER note_feed_insert INSTEAD OF INSERT ON note_feed
    FOR EACH ROW EXECUTE FUNCTION note_feed_insert();

COMMENT ON TRIGGER note_feed_insert ON public.note_feed IS 'writes through the feed';
