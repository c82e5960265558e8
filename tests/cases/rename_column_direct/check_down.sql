SELECT count(*) = 3 FROM customers;
