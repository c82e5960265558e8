-- 000002_schema_change_contract_2.down.sql
-- Reverts 000002_schema_change_contract_2.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop partition public.logs_2023

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.logs_2023 (
    id bigint NOT NULL,
    logged_at timestamp with time zone NOT NULL,
    line text,
    CONSTRAINT logs_2023_pkey PRIMARY KEY (id, logged_at)
);

CREATE INDEX logs_2023_line_idx ON public.logs_2023 USING btree (line);
