-- 000001_schema_change_contract.down.sql
-- Reverts 000001_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - detach partition public.orders_done from public.orders
--   - drop partition public.orders_done

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.orders_done (
    id bigint NOT NULL,
    status text NOT NULL,
    total numeric
);

ALTER TABLE public.orders ATTACH PARTITION public.orders_done FOR VALUES IN ('done');
