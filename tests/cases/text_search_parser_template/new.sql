-- A text search parser and template built on PostgreSQL's own functions (as pg_dump writes a
-- parser from an extension's library), a dictionary on the template and a configuration on the
-- parser.
CREATE FUNCTION public.myprs_start(internal, integer) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_start';
CREATE FUNCTION public.myprs_nexttoken(internal, internal, internal) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_nexttoken';
CREATE FUNCTION public.myprs_end(internal) RETURNS void
    LANGUAGE internal STRICT
    AS 'prsd_end';
CREATE FUNCTION public.myprs_lextype(internal) RETURNS internal
    LANGUAGE internal STRICT
    AS 'prsd_lextype';

CREATE TEXT SEARCH PARSER public.myparser (
    START = public.myprs_start,
    GETTOKEN = public.myprs_nexttoken,
    END = public.myprs_end,
    LEXTYPES = public.myprs_lextype );

COMMENT ON TEXT SEARCH PARSER public.myparser IS 'the default parser under another name';

CREATE TEXT SEARCH TEMPLATE public.mysimple (
    INIT = dsimple_init,
    LEXIZE = dsimple_lexize );

CREATE TEXT SEARCH DICTIONARY public.mydict (
    TEMPLATE = public.mysimple );

CREATE TEXT SEARCH CONFIGURATION public.myconfig (
    PARSER = public.myparser );

ALTER TEXT SEARCH CONFIGURATION public.myconfig
    ADD MAPPING FOR asciiword WITH public.mydict;

CREATE TABLE public.docs (id bigint PRIMARY KEY, body text);
