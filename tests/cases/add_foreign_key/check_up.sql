SELECT count(*) = 3 FROM projects;
SELECT convalidated FROM pg_constraint WHERE conrelid = 'public.projects'::regclass AND conname = 'projects_owner_id_fkey';
