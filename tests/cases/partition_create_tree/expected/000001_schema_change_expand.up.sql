-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create table public.events
--   - create table public.sessions
--   - add constraint events_account_id_fkey on public.events
--   - create index public.events_account_id_idx
--   - create index public.events_payload_idx
--   - create partition public.events_2024_01 of public.events (FOR VALUES FROM ('2024-01-01') TO ('2024-02-01'))
--   - create partition public.events_2024_02 of public.events (FOR VALUES FROM ('2024-02-01') TO ('2024-03-01'))
--   - create partition public.events_2024_02_eu of public.events_2024_02 (FOR VALUES IN ('eu'))
--   - create partition public.events_2024_02_rest of public.events_2024_02 (DEFAULT)
--   - create partition public.events_default of public.events (DEFAULT)
--   - create index public.events_2024_01_local_idx
--   - create index public.sessions_id_idx
--   - create partition public.sessions_0 of public.sessions (FOR VALUES WITH (MODULUS 2, REMAINDER 0))
--   - create partition public.sessions_1 of public.sessions (FOR VALUES WITH (MODULUS 2, REMAINDER 1))

SET LOCAL lock_timeout = '5s';

CREATE TABLE public.events (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'eu' NOT NULL,
    payload jsonb,
    CONSTRAINT events_id_check CHECK (id > 0),
    CONSTRAINT events_pkey PRIMARY KEY (id, happened_on, region)
) PARTITION BY RANGE (happened_on);

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    token text
) PARTITION BY HASH (id);

ALTER TABLE public.events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id);

CREATE INDEX events_account_id_idx ON public.events USING btree (account_id);

CREATE INDEX events_payload_idx ON public.events USING gin (payload);

CREATE TABLE public.events_2024_01 (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'eu' NOT NULL,
    payload jsonb,
    CONSTRAINT events_2024_01_pkey PRIMARY KEY (id, happened_on, region),
    CONSTRAINT events_id_check CHECK (id > 0)
);

CREATE INDEX events_2024_01_account_id_idx ON public.events_2024_01 USING btree (account_id);

CREATE INDEX events_2024_01_payload_idx ON public.events_2024_01 USING gin (payload);

ALTER TABLE public.events ATTACH PARTITION public.events_2024_01 FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

CREATE TABLE public.events_2024_02 (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'us' NOT NULL,
    payload jsonb,
    CONSTRAINT events_2024_02_pkey PRIMARY KEY (id, happened_on, region),
    CONSTRAINT events_id_check CHECK (id > 0)
) PARTITION BY LIST (region);

CREATE INDEX events_2024_02_account_id_idx ON public.events_2024_02 USING btree (account_id);

CREATE INDEX events_2024_02_payload_idx ON public.events_2024_02 USING gin (payload);

ALTER TABLE public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');

CREATE TABLE public.events_2024_02_eu (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'us' NOT NULL,
    payload jsonb,
    CONSTRAINT events_2024_02_eu_pkey PRIMARY KEY (id, happened_on, region),
    CONSTRAINT events_id_check CHECK (id > 0)
);

CREATE INDEX events_2024_02_eu_account_id_idx ON public.events_2024_02_eu USING btree (account_id);

CREATE INDEX events_2024_02_eu_payload_idx ON public.events_2024_02_eu USING gin (payload);

ALTER TABLE public.events_2024_02 ATTACH PARTITION public.events_2024_02_eu FOR VALUES IN ('eu');

CREATE TABLE public.events_2024_02_rest (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'us' NOT NULL,
    payload jsonb,
    CONSTRAINT events_2024_02_rest_pkey PRIMARY KEY (id, happened_on, region),
    CONSTRAINT events_id_check CHECK (id > 0)
);

CREATE INDEX events_2024_02_rest_account_id_idx ON public.events_2024_02_rest USING btree (account_id);

CREATE INDEX events_2024_02_rest_payload_idx ON public.events_2024_02_rest USING gin (payload);

ALTER TABLE public.events_2024_02 ATTACH PARTITION public.events_2024_02_rest DEFAULT;

CREATE TABLE public.events_default (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    happened_on date NOT NULL,
    region text DEFAULT 'eu' NOT NULL,
    payload jsonb,
    CONSTRAINT events_default_pkey PRIMARY KEY (id, happened_on, region),
    CONSTRAINT events_id_check CHECK (id > 0)
);

CREATE INDEX events_default_account_id_idx ON public.events_default USING btree (account_id);

CREATE INDEX events_default_payload_idx ON public.events_default USING gin (payload);

ALTER TABLE public.events ATTACH PARTITION public.events_default DEFAULT;

CREATE INDEX events_2024_01_local_idx ON public.events_2024_01 USING btree (region, id);

CREATE UNIQUE INDEX sessions_id_idx ON public.sessions USING btree (id);

CREATE TABLE public.sessions_0 (
    id bigint NOT NULL,
    token text
);

CREATE UNIQUE INDEX sessions_0_id_idx ON public.sessions_0 USING btree (id);

ALTER TABLE public.sessions ATTACH PARTITION public.sessions_0 FOR VALUES WITH (MODULUS 2, REMAINDER 0);

CREATE TABLE public.sessions_1 (
    id bigint NOT NULL,
    token text
);

CREATE UNIQUE INDEX sessions_1_id_idx ON public.sessions_1 USING btree (id);

ALTER TABLE public.sessions ATTACH PARTITION public.sessions_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
