SELECT bool_and(amount = '1.50'::money AND rounded = '2.00'::money AND host = '127.0.0.1'::inet) FROM prices;
