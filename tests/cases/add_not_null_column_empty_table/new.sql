CREATE TABLE coupons (
    id bigint PRIMARY KEY,
    percent_off integer NOT NULL,
    code text NOT NULL
);
