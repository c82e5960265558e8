-- 000007_schema_change_contract.up.sql
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Changes:
--   - swap gen_new_order_id in for order_id on public.order_items
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on public.order_items, brief: the prepared columns, indexes and validated NOT NULL checks are swapped in, CHECKs and foreign keys re-added NOT VALID
--   - [lossy-down] the down converts order_id back in place: it rewrites public.order_items under ACCESS EXCLUSIVE

SET LOCAL lock_timeout = '5s';

DROP TRIGGER gen_sync_order_items ON public.order_items;

DROP FUNCTION public.gen_sync_order_items();

ALTER TABLE public.order_items DROP COLUMN order_id;

ALTER TABLE public.order_items RENAME COLUMN gen_new_order_id TO order_id;

ALTER TABLE public.order_items ALTER COLUMN order_id SET NOT NULL;

ALTER TABLE public.order_items DROP CONSTRAINT order_items_gen_new_order_id_not_null;

ALTER INDEX public.order_items_order_id_idx_ccnew RENAME TO order_items_order_id_idx;
