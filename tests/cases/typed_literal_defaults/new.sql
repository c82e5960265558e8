CREATE TABLE prices (
    id integer PRIMARY KEY,
    -- `type 'literal'` is a cast for any type name
    amount money DEFAULT money '1.50' NOT NULL,
    rounded money DEFAULT money '1.999',
    host inet DEFAULT inet '127.0.0.1' CHECK (host <> inet '0.0.0.0'),
    note text DEFAULT 'plain string'
);
COMMENT ON COLUMN prices.note IS 'a comment string stays a string';
