SELECT NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'p' AND conrelid IN ('readings'::regclass, 'readings_2024'::regclass, 'readings_2025'::regclass));
SELECT NOT EXISTS (SELECT 1 FROM pg_class WHERE relname LIKE 'readings%pkey%');
