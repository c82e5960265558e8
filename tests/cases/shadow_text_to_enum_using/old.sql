-- text -> enum on a table of unknown size, converted by the user's `-- @using` expression (which
-- may use any column of the row): the trigger applies it to the old application's writes, the
-- batched copy to the rest. NULLs become 'open' through `-- @backfill` as the column turns NOT NULL.
CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    status text DEFAULT 'o',
    urgent boolean NOT NULL DEFAULT false
);
CREATE INDEX tickets_open ON tickets (id) WHERE status = 'o';
