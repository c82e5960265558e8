CREATE TABLE big (id bigint PRIMARY KEY);
-- @rows 12
CREATE TABLE plans (
    id int,
    code text,
    price_cents int
);
