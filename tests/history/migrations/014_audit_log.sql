-- partitioned by month; old months are detached and archived
CREATE TABLE audit_log (
    id bigserial,
    account_id bigint NOT NULL,
    actor_id bigint,
    action text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE audit_log_2024_01 PARTITION OF audit_log FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE audit_log_2024_02 PARTITION OF audit_log FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');

CREATE INDEX audit_log_account_id_created_at_idx ON audit_log (account_id, created_at);
