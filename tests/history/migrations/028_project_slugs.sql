ALTER TABLE projects ADD COLUMN slug text;

UPDATE projects SET slug = lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'));
