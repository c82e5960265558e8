SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.teams'::regclass AND conname = 'teams_pkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.teams'::regclass AND conname = 'teams_slug_key');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_pkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_team_id_fkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_team_id_email_key');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_seat_number_check');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_check');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.team_members'::regclass AND conname = 'team_members_email_check');
