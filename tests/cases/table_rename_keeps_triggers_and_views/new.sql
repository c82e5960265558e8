-- @renamed from=issues
CREATE TABLE tasks (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER issues_touch BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY issues_titled ON tasks USING (title <> '');
CREATE VIEW open_issues AS SELECT tasks.id, tasks.title FROM tasks WHERE tasks.title <> '';
CREATE VIEW issue_titles AS SELECT o.title FROM open_issues o;
CREATE FUNCTION issue_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM tasks);
