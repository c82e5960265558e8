INSERT INTO orders (id, city, zip, legacy_code) VALUES (1, 'Lyon', '69001', 'x'), (2, 'Paris', '75001', NULL);
