INSERT INTO api_tokens (id, user_id, token_hash, name, created_at, expires_at, revoked_at) VALUES
    ('6f1c1c5e-2d0b-4a53-9d3b-2a4f1d7c0001', 1, '\x0a0b0c', 'CI', '2024-03-01 00:00:00+00', NULL, NULL),
    ('6f1c1c5e-2d0b-4a53-9d3b-2a4f1d7c0002', 3, '\x0d0e0f', 'laptop', '2024-03-02 00:00:00+00', '2024-09-01 00:00:00+00', '2024-04-01 00:00:00+00');
