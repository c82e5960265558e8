SELECT count(*) = 29 FROM memberships;
SELECT role = 'owner' FROM memberships WHERE (group_id, user_id) = (9, 9);
SELECT count(*) = 2 FROM grants g JOIN memberships m USING (group_id, user_id);
