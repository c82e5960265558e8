INSERT INTO public.favorites (user_id, post_id) VALUES (1, 1);
INSERT INTO public.favorites_0 (user_id, post_id) VALUES (2, 2);
INSERT INTO events_login (id, kind, at, ip) VALUES (1, 'login', now(), '10.0.0.1');
