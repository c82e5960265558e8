\set id random(1, 2000000)
UPDATE accounts SET balance = balance + 1, updated_at = now() WHERE id = :id;
