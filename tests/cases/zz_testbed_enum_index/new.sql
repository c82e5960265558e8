CREATE TYPE status AS ENUM ('new', 'doing', 'done');
CREATE TABLE task (
    id serial PRIMARY KEY,
    title text NOT NULL,
    status status NOT NULL DEFAULT 'new'
);
CREATE INDEX task_status_idx ON task (status);
