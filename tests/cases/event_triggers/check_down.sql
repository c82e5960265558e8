SELECT count(*) >= 1 FROM ddl_log WHERE tag = 'seeded';
SELECT evtenabled = 'O' FROM pg_event_trigger WHERE evtname = 'log_drops';
SELECT obj_description(oid, 'pg_event_trigger') = 'audit drops' FROM pg_event_trigger WHERE evtname = 'log_drops';
