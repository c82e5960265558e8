-- the parent's own row and the surviving child's row are still there
SELECT count(*) = 1 FROM ONLY public.favorites;
SELECT count(*) = 1 FROM events;
-- the new child inherits the parent's columns, default and CHECK
SELECT (SELECT count(*) FROM pg_inherits WHERE inhrelid = 'events_logout'::regclass) = 1;
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'events_logout'::regclass AND conname = 'events_kind_check');
