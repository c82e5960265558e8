-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - drop event trigger log_creates (to create it again)
--   - create again event trigger log_creates
--   - drop event trigger log_drops (to create it again)
--   - create again event trigger log_drops

SET LOCAL lock_timeout = '5s';

DROP EVENT TRIGGER log_creates;

CREATE EVENT TRIGGER log_creates ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'CREATE INDEX')
   EXECUTE FUNCTION public.log_ddl();

DROP EVENT TRIGGER log_drops;

CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER log_drops DISABLE;

COMMENT ON EVENT TRIGGER log_drops IS 'audit drops';
