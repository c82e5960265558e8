CREATE TABLE courses (id serial PRIMARY KEY, provider_name text);
