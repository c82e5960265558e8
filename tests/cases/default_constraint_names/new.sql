CREATE TABLE teams (
    id bigint PRIMARY KEY,
    slug text NOT NULL UNIQUE
);

CREATE TABLE team_members (
    id bigint PRIMARY KEY,
    team_id bigint NOT NULL REFERENCES teams (id),
    email text NOT NULL,
    seat_number integer CHECK (seat_number > 0),
    starts_on date NOT NULL,
    ends_on date,
    UNIQUE (team_id, email),
    CHECK (ends_on IS NULL OR ends_on > starts_on),
    CHECK (email <> '')
);
