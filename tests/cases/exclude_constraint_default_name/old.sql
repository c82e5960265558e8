CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room_during tsrange NOT NULL,
    desk_during tsrange NOT NULL
);
