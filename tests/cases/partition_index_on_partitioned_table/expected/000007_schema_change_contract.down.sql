-- 000007_schema_change_contract.down.sql
-- Reverts 000007_schema_change_contract.up.sql.
-- Phase contract: tightening and removal; run only once the application no longer needs the old shape.
--
-- Undoes:
--   - drop index public.visits_country_idx with its partitions' indexes

SET LOCAL lock_timeout = '5s';

CREATE INDEX visits_country_idx ON ONLY public.visits USING btree (country);

CREATE INDEX visits_2024_country_idx ON public.visits_2024 USING btree (country);

CREATE INDEX visits_2025_country_idx ON ONLY public.visits_2025 USING btree (country);

CREATE INDEX visits_2025_fr_country_idx ON public.visits_2025_fr USING btree (country);

CREATE INDEX visits_2025_xx_country_idx ON public.visits_2025_xx USING btree (country);

ALTER INDEX public.visits_2025_country_idx ATTACH PARTITION public.visits_2025_xx_country_idx;

ALTER INDEX public.visits_2025_country_idx ATTACH PARTITION public.visits_2025_fr_country_idx;

ALTER INDEX public.visits_country_idx ATTACH PARTITION public.visits_2025_country_idx;

ALTER INDEX public.visits_country_idx ATTACH PARTITION public.visits_2024_country_idx;
