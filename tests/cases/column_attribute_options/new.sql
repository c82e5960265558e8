-- Attribute options change with one brief ALTER TABLE each (SHARE UPDATE EXCLUSIVE, no
-- rewrite): kind's is reset, account_id's n_distinct changes and one is reset (RESET reads too),
-- payload gets one; a new table's column gets its options after the CREATE. score becomes
-- bigint through a shadow column, which gets the options and statistics target of the old one.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text,
    account_id integer,
    payload jsonb,
    score bigint
);
ALTER TABLE ONLY events ALTER COLUMN score SET (n_distinct=-0.05);
ALTER TABLE ONLY events ALTER COLUMN score SET STATISTICS 300;
ALTER TABLE events ALTER COLUMN account_id SET (n_distinct = -0.5, n_distinct_inherited = -0.1);
ALTER TABLE events ALTER COLUMN account_id RESET (n_distinct_inherited);
ALTER TABLE events ALTER COLUMN account_id SET STATISTICS 500;
ALTER TABLE events ALTER payload SET (n_distinct = 20);

CREATE TABLE sessions (id bigint PRIMARY KEY, user_id integer);
ALTER TABLE sessions ALTER COLUMN user_id SET (n_distinct = 1000);
