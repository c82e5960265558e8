SELECT public.job_state(ROW(1, 'done', '[]')::public.jobs) = 'done';
