-- Domains: created, changed (default, NOT NULL, CHECKs added and dropped, a NOT VALID check
-- validated), dropped; columns typed with them keep their rows.
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN quantity AS integer DEFAULT 1 CONSTRAINT quantity_positive CHECK (VALUE > 0);
CREATE DOMAIN legacy_code AS varchar(10);
CREATE DOMAIN score AS numeric(5, 2);
ALTER DOMAIN score ADD CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100) NOT VALID;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    contact email,
    qty quantity NOT NULL,
    rating score
);
