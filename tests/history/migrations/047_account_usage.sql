CREATE MATERIALIZED VIEW account_usage AS
SELECT a.id AS account_id,
       count(DISTINCT p.id) AS project_count,
       count(t.id) AS task_count
FROM accounts a
LEFT JOIN projects p ON p.account_id = a.id
LEFT JOIN tasks t ON t.project_id = p.id
GROUP BY a.id;

CREATE UNIQUE INDEX account_usage_account_id_idx ON account_usage (account_id);
