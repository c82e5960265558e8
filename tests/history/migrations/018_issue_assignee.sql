ALTER TABLE issues ADD COLUMN assignee_id bigint;

ALTER TABLE issues ADD CONSTRAINT issues_assignee_id_fkey
    FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;
ALTER TABLE issues VALIDATE CONSTRAINT issues_assignee_id_fkey;

CREATE INDEX CONCURRENTLY issues_assignee_id_idx ON issues (assignee_id) WHERE assignee_id IS NOT NULL;
