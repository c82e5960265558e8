-- Event triggers: database-wide, named without a schema.
CREATE TABLE ddl_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION log_ddl() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_log (tag) VALUES (tg_tag);
END
$$;

CREATE EVENT TRIGGER log_creates ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE PROCEDURE log_ddl();

CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER log_drops IS 'audit drops';
