SELECT (SELECT "Value" FROM readings WHERE id = 1) = '42';
