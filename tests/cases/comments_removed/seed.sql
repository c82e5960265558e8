INSERT INTO crm.leads (id, email, stage) VALUES
    (1, 'x@example.com', 'new'),
    (2, 'y@example.com', 'won'),
    (3, 'z@example.com', 'lost');
