CREATE TYPE job_state /* @renamed from=task_state */ AS ENUM (
  'waiting' /* @renamed from=pending */,
  'running',
  'done', -- @renamed from="Done Ok"
  'failed'
);
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    state job_state NOT NULL,
    note text -- @renamed from="Old Note"
);
