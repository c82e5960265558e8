-- Comments on views, materialized views, functions, triggers and policies: changed in place,
-- and kept when the object is dropped and created again (a view whose definition changes, a
-- function whose return type changes).
CREATE TABLE items (id bigint PRIMARY KEY, price integer NOT NULL, owner text);
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_items ON items USING (owner = current_user);
COMMENT ON POLICY own_items ON items IS 'owners see their items';

CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER items_touch ON items IS 'keeps rows fresh';

CREATE FUNCTION cents(p integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN p * 100;
COMMENT ON FUNCTION cents(integer) IS 'price in cents';

CREATE VIEW cheap AS SELECT id FROM items WHERE price < 10;
COMMENT ON VIEW cheap IS 'under ten';
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM items;
