CREATE TABLE "UserAccounts" (
    "Id" bigint PRIMARY KEY,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "emailAddress" text NOT NULL UNIQUE
);

CREATE TABLE "user" (
    id bigint PRIMARY KEY,
    "select" text,
    "from" date
);

CREATE TABLE "order" (
    id bigint PRIMARY KEY,
    "user" bigint NOT NULL REFERENCES "user" (id),
    "group" text CHECK ("group" <> '')
);

CREATE INDEX "UserAccounts_createdAt_idx" ON "UserAccounts" ("createdAt");
CREATE INDEX order_user_idx ON "order" ("user");
