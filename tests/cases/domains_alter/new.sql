CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%') CHECK (length(VALUE) < 200);
CREATE DOMAIN quantity AS integer DEFAULT 10 CONSTRAINT quantity_small CHECK (VALUE < 1000);
CREATE DOMAIN score AS numeric(5, 2) CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN country AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');
COMMENT ON DOMAIN country IS 'ISO 3166-1 alpha-2';

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    contact email,
    qty quantity NOT NULL,
    rating score,
    ship_to country
);
