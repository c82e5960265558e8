CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE task (
    id serial PRIMARY KEY,
    title text NOT NULL,
    status status NOT NULL DEFAULT 'new'
);
