ALTER TYPE user_role ADD VALUE 'viewer' BEFORE 'member';
ALTER TYPE user_role ADD VALUE 'owner';
