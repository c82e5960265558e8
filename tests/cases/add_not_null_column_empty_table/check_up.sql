SELECT count(*) = 0 FROM coupons;
SELECT is_nullable = 'NO' FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'coupons' AND column_name = 'code';
