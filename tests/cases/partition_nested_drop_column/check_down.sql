SELECT count(*) = 3000 FROM audit WHERE note LIKE 'n%';
