INSERT INTO ddl_log (tag) VALUES ('seeded');
