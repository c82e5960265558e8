SELECT to_regnamespace('ref') IS NULL;
SELECT to_regnamespace('sales') IS NULL;
