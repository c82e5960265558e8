DO $$ BEGIN CREATE ROLE gen_app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE gen_app_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
