SELECT count(*) = 3000 FROM audit;
SELECT NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attname = 'origin' AND attrelid = 'audit_2024'::regclass AND NOT attisdropped);
