-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create text search template public.mysimple
--   - create text search dictionary public.mydict
--   - create function public.myprs_end(internal)
--   - create function public.myprs_lextype(internal)
--   - create function public.myprs_nexttoken(internal, internal, internal)
--   - create function public.myprs_start(internal, integer)
--   - create text search parser public.myparser
--   - create text search configuration public.myconfig

SET LOCAL lock_timeout = '5s';

DROP TEXT SEARCH CONFIGURATION public.myconfig;

DROP TEXT SEARCH PARSER public.myparser;

DROP FUNCTION public.myprs_start(internal, integer);

DROP FUNCTION public.myprs_nexttoken(internal, internal, internal);

DROP FUNCTION public.myprs_lextype(internal);

DROP FUNCTION public.myprs_end(internal);

DROP TEXT SEARCH DICTIONARY public.mydict;

DROP TEXT SEARCH TEMPLATE public.mysimple;
