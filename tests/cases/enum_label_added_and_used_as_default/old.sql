CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority
);
