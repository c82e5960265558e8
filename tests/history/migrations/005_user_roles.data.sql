UPDATE users SET role = 'admin' WHERE email IN ('wile@acme.test', 'hank@globex.test');
