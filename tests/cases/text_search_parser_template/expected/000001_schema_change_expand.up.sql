-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create text search template public.mysimple
--   - create text search dictionary public.mydict
--   - create function public.myprs_end(internal)
--   - create function public.myprs_lextype(internal)
--   - create function public.myprs_nexttoken(internal, internal, internal)
--   - create function public.myprs_start(internal, integer)
--   - create text search parser public.myparser
--   - create text search configuration public.myconfig

SET LOCAL lock_timeout = '5s';

CREATE TEXT SEARCH TEMPLATE public.mysimple (
    INIT = dsimple_init,
    LEXIZE = dsimple_lexize );

CREATE TEXT SEARCH DICTIONARY public.mydict (
    TEMPLATE = public.mysimple );

CREATE FUNCTION public.myprs_end(internal) RETURNS void
    LANGUAGE internal STRICT
    AS 'prsd_end';

CREATE FUNCTION public.myprs_lextype(internal) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_lextype';

CREATE FUNCTION public.myprs_nexttoken(internal, internal, internal) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_nexttoken';

CREATE FUNCTION public.myprs_start(internal, integer) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_start';

CREATE TEXT SEARCH PARSER public.myparser (
    START = public.myprs_start,
    GETTOKEN = public.myprs_nexttoken,
    END = public.myprs_end,
    LEXTYPES = public.myprs_lextype );

COMMENT ON TEXT SEARCH PARSER public.myparser IS 'the default parser under another name';

CREATE TEXT SEARCH CONFIGURATION public.myconfig (
    PARSER = public.myparser );
ALTER TEXT SEARCH CONFIGURATION public.myconfig
    ADD MAPPING FOR asciiword WITH public.mydict;
