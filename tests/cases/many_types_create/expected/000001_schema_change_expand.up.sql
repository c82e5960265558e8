-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
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

CREATE EXTENSION citext;

CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

CREATE SEQUENCE public.type_zoo_c_serial_seq AS integer;

CREATE SEQUENCE public.type_zoo_c_smallserial_seq AS smallint;

CREATE SEQUENCE public.type_zoo_id_seq;

CREATE TABLE public.type_zoo (
    id bigint DEFAULT nextval('public.type_zoo_id_seq'::REGCLASS) NOT NULL,
    c_serial integer DEFAULT nextval('public.type_zoo_c_serial_seq'::REGCLASS) NOT NULL,
    c_smallserial smallint DEFAULT nextval('public.type_zoo_c_smallserial_seq'::REGCLASS) NOT NULL,
    c_int integer,
    c_integer integer,
    c_int4 integer,
    c_bigint bigint,
    c_int8 bigint,
    c_smallint smallint,
    c_int2 smallint,
    c_bool boolean,
    c_boolean boolean DEFAULT true,
    c_varchar character varying(20),
    c_varchar_nolen character varying,
    c_character_varying character varying(40),
    c_char character(3),
    c_character character(5),
    c_text text COLLATE "C",
    c_numeric numeric(12,4),
    c_numeric_plain numeric,
    c_decimal numeric(10,0),
    c_real real,
    c_float4 real,
    c_double double precision,
    c_float8 double precision,
    c_timestamp timestamp without time zone,
    c_timestamp3 timestamp(3) without time zone,
    c_timestamptz timestamp with time zone,
    c_timestamptz6 timestamp(6) with time zone,
    c_date date DEFAULT CURRENT_DATE,
    c_time time without time zone,
    c_time0 time(0) without time zone,
    c_interval interval,
    c_interval_ym interval year to month,
    c_interval_ds interval day to second(3),
    c_interval_hour interval hour,
    c_uuid uuid,
    c_json json,
    c_jsonb jsonb DEFAULT '{}'::JSONB NOT NULL,
    c_bytea bytea,
    c_inet inet,
    c_cidr cidr,
    c_int_array integer[],
    c_text_array text[] DEFAULT ARRAY[]::TEXT[],
    c_varchar_array character varying(10)[],
    c_2d_array integer[],
    c_citext citext,
    c_mood public.mood DEFAULT 'ok',
    c_mood_array public.mood[],
    c_qualified integer,
    c_qualified_enum public.mood,
    CONSTRAINT type_zoo_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.type_zoo_c_serial_seq OWNED BY public.type_zoo.c_serial;

ALTER SEQUENCE public.type_zoo_c_smallserial_seq OWNED BY public.type_zoo.c_smallserial;

ALTER SEQUENCE public.type_zoo_id_seq OWNED BY public.type_zoo.id;
