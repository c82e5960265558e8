DROP INDEX CONCURRENTLY public.task_status_idx;
