ALTER TYPE public.status ADD VALUE 'doing' BEFORE 'done';
