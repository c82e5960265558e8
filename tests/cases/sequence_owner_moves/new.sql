-- users_legacy is dropped; its sequence and key name go to users, whose id becomes bigint
-- through a shadow column: the sequence is freed before the drop (which would drop it too)
-- and given to users.id after the swap, which takes the name users_pkey after the drop.
CREATE TABLE users (id bigint NOT NULL, email text);
CREATE SEQUENCE users_id_seq;
ALTER SEQUENCE users_id_seq OWNED BY users.id;
ALTER TABLE users ALTER COLUMN id SET DEFAULT nextval('users_id_seq');
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- traits.id becomes bigint through a shadow column and no longer owns its sequence: the swap
-- frees the sequence (dropping the old column would drop it) instead of handing it over.
CREATE TABLE traits (id bigint NOT NULL, name text);
CREATE SEQUENCE traits_id_seq;
