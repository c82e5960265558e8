SELECT count(*) = 3 FROM projects;
SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.projects'::regclass AND conname = 'projects_owner_id_fkey');
