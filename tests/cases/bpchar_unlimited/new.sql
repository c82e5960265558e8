-- `bpchar` without a length is blank-padded character of any length (pg_dump writes it so),
-- not `character`, which alone means character(1); `bpchar(3)` is character(3).
CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text,
    color bpchar DEFAULT '#cccccc'::bpchar,
    codes pg_catalog.bpchar[],
    short bpchar(3)
);
