SELECT to_tsvector('public.myconfig', 'Hello World') = 'hello:1 world:2'::tsvector;
