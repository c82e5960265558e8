-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
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

SET LOCAL lock_timeout = '5s';

DROP TEXT SEARCH CONFIGURATION public.tags_search;

CREATE TEXT SEARCH CONFIGURATION tags_search (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION tags_search ADD MAPPING FOR asciiword WITH simple;

DROP AGGREGATE public.word_count(text);

CREATE AGGREGATE word_count(text) (SFUNC = add_words, STYPE = bigint, INITCOND = '0');

COMMENT ON AGGREGATE public.word_count(text) IS 'words in a set of documents';

COMMENT ON VIEW public.document_titles IS 'documents with a body';

COMMENT ON TRIGGER documents_touch ON public.documents IS 'keeps titles trimmed';

COMMENT ON FUNCTION public.same_title(a text, b text) IS 'titles equal ignoring case';

COMMENT ON COLLATION public.title_order IS 'numbers in titles sort by value';

ALTER INDEX public.documents_lower_slug ALTER COLUMN 1 SET STATISTICS 300;

ALTER TABLE public.page_views SET (autovacuum_enabled = 'false');

ALTER TABLE public.documents ALTER COLUMN tags SET STATISTICS -1;

ALTER TABLE public.documents ALTER COLUMN summary SET STORAGE EXTENDED;

ALTER TABLE public.documents DROP COLUMN summary;

ALTER TABLE public.documents ALTER COLUMN body SET STORAGE EXTERNAL;

ALTER TABLE public.documents ALTER COLUMN author_id SET STATISTICS 500;

ALTER TABLE public.documents RESET (autovacuum_vacuum_scale_factor);

ALTER TABLE public.documents SET (fillfactor = '90');

DROP TEXT SEARCH DICTIONARY public.english_stems;

DROP COLLATION public.german;
