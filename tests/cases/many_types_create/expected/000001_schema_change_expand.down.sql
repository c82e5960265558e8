-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create extension citext
--   - create type public.mood
--   - create sequence public.type_zoo_c_serial_seq
--   - create sequence public.type_zoo_c_smallserial_seq
--   - create sequence public.type_zoo_id_seq
--   - create table public.type_zoo
--   - set the owner of sequence public.type_zoo_c_serial_seq
--   - set the owner of sequence public.type_zoo_c_smallserial_seq
--   - set the owner of sequence public.type_zoo_id_seq

SET LOCAL lock_timeout = '5s';

ALTER SEQUENCE public.type_zoo_id_seq OWNED BY NONE;

ALTER SEQUENCE public.type_zoo_c_smallserial_seq OWNED BY NONE;

ALTER SEQUENCE public.type_zoo_c_serial_seq OWNED BY NONE;

DROP TABLE public.type_zoo;

DROP SEQUENCE public.type_zoo_id_seq;

DROP SEQUENCE public.type_zoo_c_smallserial_seq;

DROP SEQUENCE public.type_zoo_c_serial_seq;

DROP TYPE public.mood;

DROP EXTENSION citext;
