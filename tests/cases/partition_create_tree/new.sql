CREATE TABLE accounts (id bigint PRIMARY KEY);

-- range by month, sub-partitioned by region in one month, hash and list trees beside
CREATE TABLE events (
    id bigint NOT NULL,
    account_id bigint NOT NULL REFERENCES accounts (id),
    happened_on date NOT NULL,
    region text NOT NULL DEFAULT 'eu',
    payload jsonb,
    CHECK (id > 0),
    PRIMARY KEY (id, happened_on, region)
) PARTITION BY RANGE (happened_on);
CREATE INDEX ON events (account_id);
CREATE INDEX events_payload_idx ON events USING gin (payload);

CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events (region DEFAULT 'us')
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01') PARTITION BY LIST (region);
CREATE TABLE events_2024_02_eu PARTITION OF events_2024_02 FOR VALUES IN ('eu');
CREATE TABLE events_2024_02_rest PARTITION OF events_2024_02 DEFAULT;
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_2024_01_local_idx ON events_2024_01 (region, id);

CREATE TABLE sessions (id bigint NOT NULL, token text) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE UNIQUE INDEX ON sessions (id);
