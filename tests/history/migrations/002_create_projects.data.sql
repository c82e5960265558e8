INSERT INTO projects (account_id, name, description, archived, created_at) VALUES
    (1, 'Rocket Skates', 'Faster than a roadrunner', false, '2023-11-05 09:00:00+00'),
    (1, 'Giant Magnet', NULL, true, '2023-11-20 09:00:00+00'),
    (2, 'Doomsday Device', 'Phase 2', false, '2023-12-15 09:00:00+00'),
    (3, 'TPS Reports', 'New cover sheets', false, '2024-01-08 09:00:00+00');
