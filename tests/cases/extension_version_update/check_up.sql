SELECT extversion = '1.6' FROM pg_extension WHERE extname = 'pg_trgm';
