INSERT INTO accounts (id, plan, seats) VALUES
    (1, 'free', 1),
    (2, 'pro', 10),
    (3, 'team', 25);
