ALTER TABLE audit_log ADD COLUMN ip_address inet;

CREATE INDEX audit_log_action_idx ON audit_log (action);
