SELECT count(*) = 300 FROM events;
SELECT attoptions = '{n_distinct=100}' FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'kind';
SELECT attoptions IS NULL FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'payload';
SELECT attoptions @> '{n_distinct=-0.2}' AND attoptions @> '{n_distinct_inherited=-0.1}' FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'account_id';
SELECT attoptions = '{n_distinct=-0.05}' AND attstattarget = 300 FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'score';
