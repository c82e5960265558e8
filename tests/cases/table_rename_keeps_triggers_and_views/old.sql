-- A renamed table keeps its triggers, policies, grants and the views over it: PostgreSQL follows
-- the rename (it keeps them by OID), so nothing but the rename is planned.
CREATE TABLE issues (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER issues_touch BEFORE UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE issues ENABLE ROW LEVEL SECURITY;
CREATE POLICY issues_titled ON issues USING (title <> '');
CREATE VIEW open_issues AS SELECT issues.id, issues.title FROM issues WHERE issues.title <> '';
CREATE VIEW issue_titles AS SELECT o.title FROM open_issues o;
CREATE FUNCTION issue_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM issues);
