-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create collation public.german
--   - create text search dictionary public.english_stems
--   - set the storage parameters of public.documents
--   - set the attributes (statistics target, storage, options) of public.documents.author_id
--   - set the attributes (statistics target, storage, options) of public.documents.body
--   - add column public.documents.summary
--   - set the attributes (statistics target, storage, options) of public.documents.summary
--   - set the attributes (statistics target, storage, options) of public.documents.tags
--   - set the storage parameters of public.page_views
--   - set the statistics targets of index public.documents_lower_slug
--   - set comments
--   - drop aggregate public.word_count(text) (to create it again)
--   - create again aggregate public.word_count(text)
--   - drop text search configuration public.tags_search (to create it again)
--   - create again text search configuration public.tags_search
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.documents (most parameters), brief
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.documents, brief; no rewrite
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.documents, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on public.page_views (most parameters), brief
--   - [exclusive-lock] SHARE UPDATE EXCLUSIVE lock on index public.documents_lower_slug, brief
--   - [breaks-old-app] aggregate public.word_count(text) is dropped and created again: the drop fails while a column, index or view uses it
--   - [breaks-old-app] text search configuration public.tags_search is dropped and created again: the drop fails while a column, index or view uses it

SET LOCAL lock_timeout = '5s';

CREATE COLLATION german (provider = icu, locale = 'de');

CREATE TEXT SEARCH DICTIONARY english_stems (TEMPLATE = snowball, LANGUAGE = english);

ALTER TABLE public.documents SET (fillfactor = '70', autovacuum_vacuum_scale_factor = '0.05');

ALTER TABLE public.documents ALTER COLUMN author_id SET STATISTICS 1000;

ALTER TABLE public.documents ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE public.documents ADD COLUMN summary text;

ALTER TABLE public.documents ALTER COLUMN summary SET STORAGE EXTERNAL;

ALTER TABLE public.documents ALTER COLUMN tags SET STATISTICS 200;

ALTER TABLE public.page_views RESET (autovacuum_enabled);

ALTER INDEX public.documents_lower_slug ALTER COLUMN 1 SET STATISTICS -1;

COMMENT ON COLLATION public.title_order IS 'numbers in titles sort by their value';

COMMENT ON FUNCTION public.same_title(a text, b text) IS 'titles are equal, ignoring case';

COMMENT ON TRIGGER documents_touch ON public.documents IS 'keeps the titles trimmed';

COMMENT ON VIEW public.document_titles IS 'documents that have a body';

DROP AGGREGATE public.word_count(text);

CREATE AGGREGATE word_count(text) (SFUNC = add_words, STYPE = bigint, INITCOND = '0', PARALLEL = SAFE);

COMMENT ON AGGREGATE public.word_count(text) IS 'words in a set of documents';

DROP TEXT SEARCH CONFIGURATION public.tags_search;

CREATE TEXT SEARCH CONFIGURATION tags_search (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION tags_search ADD MAPPING FOR asciiword, asciihword WITH english_stems, simple;
