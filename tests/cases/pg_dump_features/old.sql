-- A document store using the objects pg_dump writes beyond tables and indexes: collations,
-- text search dictionaries and configurations, an aggregate, an operator, storage parameters,
-- statistics targets and column storage, an unlogged table, comments on them all.

CREATE EXTENSION IF NOT EXISTS citext;
COMMENT ON EXTENSION citext IS 'case-insensitive emails';

CREATE COLLATION title_order (provider = icu, locale = 'und-u-kn-true');
CREATE COLLATION byte_order (locale = 'C');
COMMENT ON COLLATION title_order IS 'numbers in titles sort by value';

CREATE TEXT SEARCH DICTIONARY english_plain (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION docs_search (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION docs_search ADD MAPPING FOR asciiword, word WITH english_plain;
ALTER TEXT SEARCH CONFIGURATION docs_search ADD MAPPING FOR email, url WITH simple;
CREATE TEXT SEARCH CONFIGURATION tags_search (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION tags_search ADD MAPPING FOR asciiword WITH simple;
COMMENT ON TEXT SEARCH CONFIGURATION docs_search IS 'document bodies';

CREATE FUNCTION add_words(total bigint, doc text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT total + coalesce(array_length(regexp_split_to_array(doc, '\s+'), 1), 0) $$;
CREATE AGGREGATE word_count(text) (SFUNC = add_words, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE word_count(text) IS 'words in a set of documents';

CREATE FUNCTION same_title(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(a) = lower(b) $$;
CREATE OPERATOR === (FUNCTION = same_title, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ===);
COMMENT ON FUNCTION same_title(text, text) IS 'titles equal ignoring case';

CREATE TABLE authors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    name text COLLATE title_order NOT NULL
);

CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors,
    title text COLLATE title_order NOT NULL,
    slug text COLLATE byte_order NOT NULL,
    body text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 90);

ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN author_id SET STATISTICS 500;

CREATE INDEX documents_author_id_idx ON documents (author_id);
CREATE INDEX documents_body_search ON documents USING gin (to_tsvector('docs_search', body));
CREATE INDEX documents_lower_slug ON documents (lower(slug));
ALTER INDEX documents_lower_slug ALTER COLUMN 1 SET STATISTICS 300;
CREATE UNIQUE INDEX documents_slug_key ON documents (slug COLLATE byte_order);

CREATE UNLOGGED TABLE page_views (
    document_id bigint NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now()
) WITH (autovacuum_enabled = false);

CREATE VIEW document_titles AS
    SELECT d.id, d.title, a.name AS author
    FROM documents d JOIN authors a ON a.id = d.author_id
    WHERE d.body <> '';
COMMENT ON VIEW document_titles IS 'documents with a body';

CREATE FUNCTION touch_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.title := btrim(NEW.title);
  RETURN NEW;
END
$$;
CREATE TRIGGER documents_touch BEFORE INSERT OR UPDATE OF title ON documents
    FOR EACH ROW EXECUTE PROCEDURE touch_title();
COMMENT ON TRIGGER documents_touch ON documents IS 'keeps titles trimmed';
