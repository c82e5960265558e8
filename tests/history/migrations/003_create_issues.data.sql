INSERT INTO issues (project_id, reporter_id, title, body, status, created_at, updated_at) VALUES
    (1, 1, 'Skates veer left', 'Every time, at the cliff edge.', 'open', '2023-11-06 10:00:00+00', '2023-11-06 10:00:00+00'),
    (1, 2, 'Beep beep', NULL, 'closed', '2023-11-07 10:00:00+00', '2023-11-08 10:00:00+00'),
    (3, 3, 'Needs more lasers', 'A lot more.', 'open', '2023-12-16 10:00:00+00', '2023-12-16 10:00:00+00'),
    (4, 5, 'Cover sheet missing', NULL, 'open', '2024-01-09 10:00:00+00', '2024-01-09 10:00:00+00'),
    (4, 6, 'Stapler', 'Have you seen my stapler?', 'open', '2024-01-10 10:00:00+00', '2024-01-10 10:00:00+00');
