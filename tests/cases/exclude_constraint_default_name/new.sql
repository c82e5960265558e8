-- Unnamed: PostgreSQL names it after all its key columns (bookings_room_during_desk_during_excl).
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room_during tsrange NOT NULL,
    desk_during tsrange NOT NULL,
    EXCLUDE USING gist (room_during WITH &&, desk_during WITH &&)
);
