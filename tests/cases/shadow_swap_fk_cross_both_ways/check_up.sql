SELECT count(*) = 300 FROM accounts JOIN ledgers USING (ref);
SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'accounts_ref_fkey';
