CREATE TABLE "UserAccounts" (
    "Id" bigint PRIMARY KEY,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "emailAddress" text NOT NULL,
    "lastLoginAt" timestamptz
);

CREATE TABLE "order" (
    id bigint PRIMARY KEY,
    "user" bigint NOT NULL REFERENCES "UserAccounts" ("Id"),
    "select" boolean NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX "UserAccounts_emailAddress_idx" ON "UserAccounts" ("emailAddress");
