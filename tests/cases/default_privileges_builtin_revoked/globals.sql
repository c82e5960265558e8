CREATE ROLE gen_app_owner;
CREATE ROLE gen_app_reader;
