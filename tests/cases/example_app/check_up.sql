SELECT (SELECT plan FROM accounts WHERE id = 2) = 'free';
SELECT (SELECT billing_email::text FROM accounts WHERE id = 1) = 'acme@billing.invalid';
SELECT count(*) = 2 FROM memberships;
SELECT count(*) = 2 FROM projects;
