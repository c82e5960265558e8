ALTER TABLE public.users ADD COLUMN active boolean NOT NULL DEFAULT true;
COMMENT ON COLUMN public.users.active IS 'false once the account is closed';
