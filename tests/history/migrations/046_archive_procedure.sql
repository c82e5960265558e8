CREATE PROCEDURE archive_stale_projects(cutoff interval)
    LANGUAGE sql
AS $$
    UPDATE projects SET archived = true WHERE NOT archived AND updated_at < now() - cutoff;
$$;

CREATE FUNCTION task_count(p_project_id bigint) RETURNS bigint
    LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM tasks t WHERE t.project_id = p_project_id);
