SELECT count(*) = 100 FROM courses;
INSERT INTO courses (provider_name) VALUES ('acme'), ('acme');
SELECT count(*) = 1 FROM providers WHERE name = 'acme';
SELECT count(*) = 2 FROM courses WHERE provider_id = (SELECT id FROM providers WHERE name = 'acme');
