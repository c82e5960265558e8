CREATE INDEX CONCURRENTLY task_status_idx ON public.task USING btree (status);
