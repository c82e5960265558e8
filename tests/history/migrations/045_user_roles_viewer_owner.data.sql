UPDATE users SET role = 'owner' WHERE id = 1;
UPDATE users SET role = 'viewer' WHERE id = 6;
