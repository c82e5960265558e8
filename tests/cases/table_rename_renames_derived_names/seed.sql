INSERT INTO orgs VALUES (1);
INSERT INTO users (email, org_id) VALUES ('a@x', 1), ('b@x', 1), ('c@x', NULL);
