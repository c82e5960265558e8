CREATE TYPE issue_status AS ENUM ('open', 'closed');

CREATE TABLE issues (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    reporter_id bigint REFERENCES users (id) ON DELETE SET NULL,
    title text NOT NULL,
    body text,
    status issue_status NOT NULL DEFAULT 'open',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX issues_project_id_idx ON issues (project_id);
