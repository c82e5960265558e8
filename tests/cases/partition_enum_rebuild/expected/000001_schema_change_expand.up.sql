-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - change the labels of type public.mood
--
-- Hazards (locks, rewrites, scans):
--   - [table-rewrite] rebuilds type public.mood: rewrites every table with a column of that type converted in place (public.readings.feel) (public.readings.history) (public.r2024.feel) (public.r2024.history) (public.r2025.feel) (public.r2025.history) (public.r2025_0.feel) (public.r2025_0.history)

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.mood__gen_new AS ENUM ('happy', 'ok');

ALTER TABLE public.r2024 ALTER COLUMN feel DROP DEFAULT;

ALTER TABLE public.r2025 ALTER COLUMN feel DROP DEFAULT;

ALTER TABLE public.r2025_0 ALTER COLUMN feel DROP DEFAULT;

ALTER TABLE public.readings ALTER COLUMN feel DROP DEFAULT;

ALTER TABLE public.readings ALTER COLUMN feel TYPE public.mood__gen_new USING feel::text::public.mood__gen_new;

ALTER TABLE public.readings ALTER COLUMN history TYPE public.mood__gen_new[] USING history::text[]::public.mood__gen_new[];

DROP TYPE public.mood;

ALTER TYPE public.mood__gen_new RENAME TO mood;

ALTER TABLE public.readings ALTER COLUMN feel SET DEFAULT 'ok';

ALTER TABLE public.r2024 ALTER COLUMN feel SET DEFAULT 'happy';

ALTER TABLE public.r2025 ALTER COLUMN feel SET DEFAULT 'ok';

ALTER TABLE public.r2025_0 ALTER COLUMN feel SET DEFAULT 'ok';
