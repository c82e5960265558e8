-- PostgreSQL cannot drop an enum label: recreate the type.
ALTER TYPE public.status RENAME TO status__old;
CREATE TYPE public.status AS ENUM ('new', 'done');
ALTER TABLE public.task ALTER COLUMN status DROP DEFAULT;
ALTER TABLE public.task ALTER COLUMN status TYPE public.status USING status::text::public.status;
ALTER TABLE public.task ALTER COLUMN status SET DEFAULT 'new';
DROP TYPE public.status__old;
