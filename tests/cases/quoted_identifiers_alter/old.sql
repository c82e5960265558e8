CREATE TABLE "UserAccounts" (
    "Id" bigint PRIMARY KEY,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "emailAddress" text NOT NULL
);

CREATE TABLE "order" (
    id bigint PRIMARY KEY,
    "user" bigint NOT NULL
);
