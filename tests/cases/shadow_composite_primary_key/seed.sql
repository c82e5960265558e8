INSERT INTO memberships SELECT g, u, 'member' FROM generate_series(1, 5) g, generate_series(1, 7) u;
INSERT INTO grants VALUES (1, 1, 1), (2, 5, 7);
