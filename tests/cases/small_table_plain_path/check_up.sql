SELECT count(*) = 3 FROM plans;
SELECT code = 'plan-2' FROM plans WHERE id = 2;
