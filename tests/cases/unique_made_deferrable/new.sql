-- PostgreSQL cannot ALTER a UNIQUE constraint to DEFERRABLE: it is rebuilt under the same name,
-- its new index built concurrently first, so uniqueness is enforced throughout.
CREATE TABLE slots (
    id integer PRIMARY KEY,
    position integer NOT NULL,
    CONSTRAINT slots_position_key UNIQUE (position) DEFERRABLE INITIALLY DEFERRED
);
