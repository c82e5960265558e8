-- the names PostgreSQL derived from "issues" follow the table
ALTER INDEX issues_project_id_idx RENAME TO tasks_project_id_idx;
ALTER INDEX issues_open_idx RENAME TO tasks_open_idx;
ALTER TABLE tasks RENAME CONSTRAINT issues_project_id_fkey TO tasks_project_id_fkey;
