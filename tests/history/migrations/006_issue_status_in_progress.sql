ALTER TYPE issue_status ADD VALUE 'in_progress' BEFORE 'closed';
