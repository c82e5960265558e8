INSERT INTO tickets (id, subject) VALUES
    (1, 'Cannot log in'),
    (2, 'Invoice wrong'),
    (3, 'Feature request');
