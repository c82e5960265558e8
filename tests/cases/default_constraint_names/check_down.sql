SELECT to_regclass('public.teams') IS NULL;
SELECT to_regclass('public.team_members') IS NULL;
