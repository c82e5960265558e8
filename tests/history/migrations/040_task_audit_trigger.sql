CREATE FUNCTION log_task_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO audit_log (account_id, actor_id, action, payload)
    SELECT p.account_id, NULL, 'task.' || lower(TG_OP), jsonb_build_object('task_id', NEW.id)
    FROM projects p
    WHERE p.id = NEW.project_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER tasks_audit AFTER INSERT OR UPDATE OF status ON tasks
    FOR EACH ROW EXECUTE FUNCTION log_task_change();
