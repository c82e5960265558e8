INSERT INTO labels (project_id, name, color) VALUES
    (1, 'bug', '#ff0000'),
    (1, 'physics', DEFAULT),
    (4, 'urgent', '#ff9900');

INSERT INTO issue_labels (issue_id, label_id) VALUES (1, 1), (1, 2), (4, 3);
