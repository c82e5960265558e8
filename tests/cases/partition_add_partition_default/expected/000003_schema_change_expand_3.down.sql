-- 000003_schema_change_expand_3.down.sql
-- Reverts 000003_schema_change_expand_3.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create partition public.measurements_2025 of public.measurements (FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'))

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.measurements_default ADD CONSTRAINT measurements_default_not_measurements_2025 CHECK (NOT ((taken_on IS NOT NULL) AND (taken_on >= '2025-01-01'::date) AND (taken_on < '2026-01-01'::date))) NOT VALID;

ALTER TABLE public.measurements DETACH PARTITION public.measurements_2025;

DROP TABLE public.measurements_2025;
