-- The new label becomes the default: ADD VALUE commits in its own file before the default uses it.
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority DEFAULT 'medium'
);
