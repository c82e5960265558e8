-- 000003_schema_change_expand_3.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create partition public.measurements_2025 of public.measurements (FOR VALUES FROM ('2025-01-01') TO ('2026-01-01'))
--
-- Hazards (locks, rewrites, scans):
--   - [exclusive-lock] ACCESS EXCLUSIVE lock on the DEFAULT partition public.measurements_default, brief: its validated CHECK spares the scan

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.measurements_2025 (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric,
    CONSTRAINT measurements_2025_pkey PRIMARY KEY (id, taken_on),
    CONSTRAINT measurements_value_check CHECK (value >= 0)
);

CREATE INDEX measurements_2025_value_idx ON public.measurements_2025 USING btree (value);

ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

ALTER TABLE public.measurements_default DROP CONSTRAINT measurements_default_not_measurements_2025;
