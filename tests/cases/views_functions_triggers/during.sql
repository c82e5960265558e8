UPDATE accounts SET balance = 3000 WHERE id = 1;
