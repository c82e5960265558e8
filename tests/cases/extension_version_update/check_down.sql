SELECT extversion = '1.5' FROM pg_extension WHERE extname = 'pg_trgm';
