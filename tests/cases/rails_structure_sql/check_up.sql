SELECT count(*) = 20 FROM users WHERE confirmed_at IS NULL;
SELECT count(*) = 1 FROM ar_internal_metadata;
