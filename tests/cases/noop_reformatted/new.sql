create type   public.ticket_priority as enum ( 'low','normal','high' );

create table public.accounts
(
  id         int          not null,
  name       varchar(100) not null unique,
  plan       text         not null default 'free',
  balance    decimal(12, 2) not null default 0,
  created_at timestamptz  not null default NOW(),
  primary key (id)
);

CREATE   TABLE   tickets(
  id int8 PRIMARY KEY,
  account_id int4 NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  priority ticket_priority NOT NULL DEFAULT 'normal'::ticket_priority,
  subject character varying(200) NOT NULL DEFAULT ''::character varying,
  retries int2 NOT NULL DEFAULT (0) CHECK (retries >= 0),
  tags text[] NOT NULL DEFAULT '{}'::text[]
);

create index tickets_account_id_idx on public.tickets (account_id);
