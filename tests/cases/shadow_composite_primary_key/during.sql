INSERT INTO memberships VALUES (9, 9, 'owner');
DELETE FROM memberships WHERE group_id = 2;
