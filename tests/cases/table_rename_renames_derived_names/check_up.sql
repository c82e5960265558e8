SELECT count(*) = 3 FROM people;
-- The serial sequence kept its position: the next id follows the seeded rows.
SELECT last_value = 3 FROM people_id_seq;
