SELECT count(*) = 300 FROM events;
SELECT attoptions = '{n_distinct=-0.5}' FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'account_id';
SELECT attoptions IS NULL FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'kind';
SELECT attoptions = '{n_distinct=1000}' FROM pg_attribute WHERE attrelid = 'sessions'::regclass AND attname = 'user_id';
SELECT attoptions = '{n_distinct=-0.05}' AND attstattarget = 300 FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'score';
