SELECT to_regclass('public."UserAccounts"') IS NULL;
SELECT to_regclass('public."order"') IS NULL;
