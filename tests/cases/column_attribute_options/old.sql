CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text,
    account_id integer,
    payload jsonb,
    score integer
);
ALTER TABLE ONLY events ALTER COLUMN score SET (n_distinct=-0.05);
ALTER TABLE ONLY events ALTER COLUMN score SET STATISTICS 300;
-- attribute options, as pg_dump writes them
ALTER TABLE ONLY events ALTER COLUMN kind SET (n_distinct=100);
ALTER TABLE ONLY events ALTER COLUMN account_id SET (n_distinct=-0.2, n_distinct_inherited=-0.1);
ALTER TABLE ONLY events ALTER COLUMN account_id SET STATISTICS 500;
