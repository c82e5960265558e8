-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - add constraint bookings_room_during_desk_during_excl on public.bookings
--
-- Hazards (locks, rewrites, scans):
--   - [blocks-writes] ACCESS EXCLUSIVE lock on public.bookings while the constraint is checked

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.bookings ADD CONSTRAINT bookings_room_during_desk_during_excl EXCLUDE USING gist (room_during WITH &&, desk_during WITH &&);
