-- as pg_dump writes a partitioned index that was left invalid: one partition's index attached,
-- the other's not (and a primary key added ON ONLY, no partition's attached)
CREATE TABLE items (id int NOT NULL, kind text NOT NULL, name text) PARTITION BY LIST (kind);
CREATE TABLE items_a PARTITION OF items FOR VALUES IN ('a');
CREATE TABLE items_b PARTITION OF items FOR VALUES IN ('b');
CREATE INDEX items_name_idx ON ONLY items (name);
CREATE INDEX items_a_name_idx ON items_a (name);
ALTER INDEX items_name_idx ATTACH PARTITION items_a_name_idx;
CREATE INDEX items_b_name_idx ON items_b (name);
ALTER TABLE ONLY items ADD CONSTRAINT items_pkey PRIMARY KEY (id, kind);
CREATE UNIQUE INDEX items_a_pkey ON items_a (id, kind);
