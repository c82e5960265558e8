CREATE TYPE tier_new AS ENUM ('free', 'team', 'pro');
ALTER TABLE accounts ALTER COLUMN tier DROP DEFAULT;
ALTER TABLE accounts ALTER COLUMN tier TYPE tier_new USING tier::text::tier_new;
DROP TYPE tier;
ALTER TYPE tier_new RENAME TO tier;
ALTER TABLE accounts ALTER COLUMN tier SET DEFAULT 'free';
