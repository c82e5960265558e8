INSERT INTO audit_log (account_id, actor_id, action, payload, created_at) VALUES
    (1, 1, 'project.create', '{"project_id": 1}', '2024-01-03 10:00:00+00'),
    (1, 2, 'issue.close', '{"issue_id": 2}', '2024-01-20 10:00:00+00'),
    (3, 5, 'project.create', '{"project_id": 4}', '2024-02-02 10:00:00+00'),
    (2, NULL, 'invoice.paid', '{"invoice_id": 3}', '2024-02-10 10:00:00+00');
