CREATE TYPE task_state AS ENUM ('pending', 'running', 'Done Ok');
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    state task_state NOT NULL,
    "Old Note" text
);
