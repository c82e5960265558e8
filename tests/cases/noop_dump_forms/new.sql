--
-- PostgreSQL database dump
--

\restrict LfiEc98VOi8oyPC5ZmDVFXo0cZiRMkaJeAqDQd7Mg3fP41nEOYDoJgrczgPXoQR

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: reporting; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA reporting;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: prices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.prices (
    id bigint NOT NULL,
    cents integer NOT NULL,
    CONSTRAINT prices_cents_check CHECK ((((cents)::numeric / 100.0) < (100000)::numeric))
);


--
-- Name: expensive_count(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.expensive_count(floor_cents integer) RETURNS bigint
    LANGUAGE sql STABLE
    RETURN (SELECT count(*) AS count FROM public.prices p WHERE (p.cents >= expensive_count.floor_cents));


--
-- Name: label(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.label(c integer, name text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN (c > 100) THEN (name || ' (dear)'::text) ELSE name END;


--
-- Name: to_euros(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.to_euros(c integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN ((c)::numeric / 100.0);


--
-- Name: with_vat(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.with_vat(c integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN ((public.to_euros(c) * 1.2) + (1)::numeric);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    at timestamp with time zone NOT NULL,
    day date NOT NULL,
    what text
)
PARTITION BY RANGE (at);


--
-- Name: events_2024_01; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_2024_01 (
    at timestamp with time zone NOT NULL,
    day date NOT NULL,
    what text
);


--
-- Name: events_2024_02; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events_2024_02 (
    at timestamp with time zone NOT NULL,
    day date NOT NULL,
    what text
);


--
-- Name: price_list; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.price_list AS
 SELECT prices.id,
    ((prices.cents)::numeric / 100.0) AS euros
   FROM public.prices;


--
-- Name: visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits (
    day date NOT NULL,
    at timestamp without time zone NOT NULL
)
PARTITION BY RANGE (day, at);


--
-- Name: visits_2024; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits_2024 (
    day date NOT NULL,
    at timestamp without time zone NOT NULL
);


--
-- Name: events_2024_01; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_01 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');


--
-- Name: events_2024_02; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024_02 FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');


--
-- Name: visits_2024; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits ATTACH PARTITION public.visits_2024 FOR VALUES FROM ('2024-01-01', '2024-01-01 00:00:00') TO ('2025-01-01', '2025-01-01 00:00:00');


--
-- Name: prices prices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.prices
    ADD CONSTRAINT prices_pkey PRIMARY KEY (id);


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: reporting; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA reporting GRANT SELECT ON TABLES  TO PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict LfiEc98VOi8oyPC5ZmDVFXo0cZiRMkaJeAqDQd7Mg3fP41nEOYDoJgrczgPXoQR

