-- sign-in moved to SSO; invitations are sent by the identity provider
DROP TABLE invitations;
ALTER TABLE users DROP COLUMN password_digest;
