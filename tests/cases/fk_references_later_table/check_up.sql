SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'public.comments'::regclass AND conname = 'comments_post_id_fkey');
