-- A view whose output columns change in the middle is dropped and created again; DROP VIEW
-- takes its INSTEAD OF trigger along, so the trigger is created again after it.
CREATE TABLE notes (body text, created_at timestamptz, stars int);

CREATE VIEW note_feed AS SELECT body, stars FROM notes;

CREATE FUNCTION note_feed_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notes (body, stars) VALUES (NEW.body, NEW.stars);
    RETURN NEW;
END
$$;
CREATE TRIGGER note_feed_insert INSTEAD OF INSERT ON note_feed
    FOR EACH ROW EXECUTE FUNCTION note_feed_insert();
COMMENT ON TRIGGER note_feed_insert ON note_feed IS 'writes through the feed';
