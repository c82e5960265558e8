SELECT count(*) = 3 FROM users WHERE last_seen_at IS NULL;
SELECT to_regclass('reporting.daily_signups') IS NOT NULL;
