CREATE TABLE countries (
    code char(2) PRIMARY KEY,
    name text NOT NULL,
    sort_key text COLLATE "C"
);

CREATE TABLE currencies (
    code varchar(3) COLLATE "C" PRIMARY KEY,
    name text NOT NULL
);
