CREATE SCHEMA IF NOT EXISTS reporting;

CREATE TABLE IF NOT EXISTS users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    last_seen_at timestamptz
);

CREATE TABLE IF NOT EXISTS reporting.daily_signups (
    day date PRIMARY KEY,
    signups integer NOT NULL DEFAULT 0
);
