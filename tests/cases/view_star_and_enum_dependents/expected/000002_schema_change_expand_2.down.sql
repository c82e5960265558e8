-- 000002_schema_change_expand_2.down.sql
-- Reverts 000002_schema_change_expand_2.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.mood

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.mood__gen_new AS ENUM ('sad', 'ok');

ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood__gen_new USING feeling::text::public.mood__gen_new;

DROP TYPE public.mood;

ALTER TYPE public.mood__gen_new RENAME TO mood;
