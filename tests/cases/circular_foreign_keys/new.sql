CREATE TABLE teams (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    owner_id bigint
);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    default_team_id bigint REFERENCES teams (id)
);

ALTER TABLE ONLY teams
    ADD CONSTRAINT teams_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id);
