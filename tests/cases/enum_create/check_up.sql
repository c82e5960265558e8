SELECT count(*) = 3 FROM users;
SELECT enum_range(NULL::user_role)::text = '{owner,admin,member,viewer}';
