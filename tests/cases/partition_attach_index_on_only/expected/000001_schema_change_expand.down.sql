-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - attach public.items_b_name_idx to public.items_name_idx

SET LOCAL lock_timeout = '5s';

DROP INDEX public.items_name_idx;

CREATE INDEX items_name_idx ON ONLY public.items USING btree (name);

CREATE INDEX items_a_name_idx ON public.items_a USING btree (name);

ALTER INDEX public.items_name_idx ATTACH PARTITION public.items_a_name_idx;

CREATE INDEX items_b_name_idx ON public.items_b USING btree (name);
