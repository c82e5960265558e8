CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title character varying(120) NOT NULL,
    body text
);
