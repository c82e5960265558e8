-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - alter column public.t.a
--   - grant REFERENCES on column public.t.g to gen_app_reader

SET LOCAL lock_timeout = '5s';

REVOKE REFERENCES (g) ON TABLE public.t FROM gen_app_reader;

ALTER TABLE public.t DROP COLUMN IF EXISTS g;

ALTER TABLE public.t ALTER COLUMN a TYPE integer USING a::integer;

ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (a * 2) STORED;

GRANT SELECT (g) ON TABLE public.t TO gen_app_reader;

GRANT SELECT (g) ON TABLE public.t TO gen_app_writer WITH GRANT OPTION;
