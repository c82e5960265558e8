INSERT INTO project_themes (project_id, background, foreground) VALUES (1, '#fff8e7', '#222222');
