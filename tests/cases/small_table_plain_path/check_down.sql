SELECT count(*) = 3 FROM plans;
