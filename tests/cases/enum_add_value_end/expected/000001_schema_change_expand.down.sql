-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - change the labels of type public.order_status

SET LOCAL lock_timeout = '5s';

CREATE TYPE public.order_status__gen_new AS ENUM ('pending', 'shipped', 'delivered');

ALTER TABLE public.orders ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.orders ALTER COLUMN status TYPE public.order_status__gen_new USING status::text::public.order_status__gen_new;

DROP TYPE public.order_status;

ALTER TYPE public.order_status__gen_new RENAME TO order_status;

ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'pending';
