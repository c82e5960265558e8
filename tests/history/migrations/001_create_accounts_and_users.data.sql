INSERT INTO accounts (name, slug, created_at) VALUES
    ('Acme Corp', 'acme', '2023-11-02 09:00:00+00'),
    ('Globex', 'globex', '2023-12-14 15:30:00+00'),
    ('Initech', 'initech', '2024-01-05 08:15:00+00');

INSERT INTO users (account_id, email, full_name, password_digest, created_at) VALUES
    (1, 'wile@acme.test', 'Wile E. Coyote', 'digest-1', '2023-11-02 09:05:00+00'),
    (1, 'road.runner@acme.test', 'Road Runner', 'digest-2', '2023-11-03 10:00:00+00'),
    (2, 'hank@globex.test', 'Hank Scorpio', 'digest-3', '2023-12-14 15:31:00+00'),
    (2, 'homer@globex.test', NULL, 'digest-4', '2023-12-20 11:00:00+00'),
    (3, 'peter@initech.test', 'Peter Gibbons', 'digest-5', '2024-01-05 08:20:00+00'),
    (3, 'milton@initech.test', 'Milton Waddams', NULL, '2024-01-06 12:00:00+00');
