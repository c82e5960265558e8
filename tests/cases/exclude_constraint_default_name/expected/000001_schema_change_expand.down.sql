-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - add constraint bookings_room_during_desk_during_excl on public.bookings

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.bookings DROP CONSTRAINT bookings_room_during_desk_during_excl;
