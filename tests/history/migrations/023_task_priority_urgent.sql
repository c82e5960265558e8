ALTER TYPE task_priority ADD VALUE 'urgent' AFTER 'high';
