UPDATE users SET last_login_at = created_at + interval '3 days' WHERE id IN (1, 3, 5);
