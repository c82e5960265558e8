-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.refunds
--   - add column public.users.display_name
--   - add column public.users.email_domain (nullable until backfilled)
--   - add constraint orders_user_id_fkey on public.orders (NOT VALID)
--   - add constraint refunds_order_id_fkey on public.refunds
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite (PostgreSQL 11+)
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.users, brief: no rewrite
--   - [exclusive-lock] SHARE ROW EXCLUSIVE lock on public.orders and public.users, brief: NOT VALID skips the scan

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.refunds (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT refunds_amount_cents_check CHECK (amount_cents > 0),
    CONSTRAINT refunds_pkey PRIMARY KEY (id)
);

ALTER TABLE public.users ADD COLUMN display_name text;

ALTER TABLE public.users ADD COLUMN email_domain text;

ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

ALTER TABLE public.refunds ADD CONSTRAINT refunds_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders (id);
