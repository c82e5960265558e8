INSERT INTO comments (issue_id, author_id, body, created_at) VALUES
    (1, 2, 'Try leaning right.', '2023-11-06 11:00:00+00'),
    (1, 1, 'I did.', '2023-11-06 12:00:00+00'),
    (5, 5, 'It is in the basement.', '2024-01-10 11:00:00+00');
