-- users_legacy owns users_id_seq and holds the name users_pkey.
CREATE TABLE users_legacy (id integer NOT NULL, email text);
CREATE SEQUENCE users_id_seq;
ALTER SEQUENCE users_id_seq OWNED BY users_legacy.id;
ALTER TABLE users_legacy ALTER COLUMN id SET DEFAULT nextval('users_id_seq');
ALTER TABLE ONLY users_legacy ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE TABLE users (id integer CONSTRAINT users_new_pkey PRIMARY KEY, email text);

-- traits.id owns its sequence
CREATE TABLE traits (id integer NOT NULL, name text);
CREATE SEQUENCE traits_id_seq;
ALTER SEQUENCE traits_id_seq OWNED BY traits.id;
ALTER TABLE traits ALTER COLUMN id SET DEFAULT nextval('traits_id_seq');
