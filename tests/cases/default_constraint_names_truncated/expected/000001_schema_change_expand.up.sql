-- 000001_schema_change_expand.up.sql
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Changes:
--   - create sequence public.workspace_notification_delivery_preferences_by_channel_o_id_seq
--   - create table public.customer_subscription_billing_period_adjustments
--   - create table public.workspace_notification_delivery_preferences_by_channel_or_topic
--   - set the owner of sequence public.workspace_notification_delivery_preferences_by_channel_o_id_seq
--   - add constraint customer_subscription_billing_originating_invoice_line_ite_fkey on public.customer_subscription_billing_period_adjustments

SET LOCAL lock_timeout = '5s';

CREATE SEQUENCE public.workspace_notification_delivery_preferences_by_channel_o_id_seq AS integer;

CREATE TABLE public.customer_subscription_billing_period_adjustments (
    id bigint NOT NULL,
    effective_from_timestamp_utc timestamp with time zone NOT NULL,
    adjustment_amount_in_minor_units bigint NOT NULL,
    originating_invoice_line_item_id bigint,
    CONSTRAINT customer_subscription_billin_adjustment_amount_in_minor_u_check CHECK (adjustment_amount_in_minor_units <> 0),
    CONSTRAINT customer_subscription_billing__effective_from_timestamp_utc_key UNIQUE (effective_from_timestamp_utc),
    CONSTRAINT customer_subscription_billing_period_adjustments_pkey PRIMARY KEY (id)
);

CREATE TABLE public.workspace_notification_delivery_preferences_by_channel_or_topic (
    id integer DEFAULT nextval('public.workspace_notification_delivery_preferences_by_channel_o_id_seq'::REGCLASS) NOT NULL,
    CONSTRAINT workspace_notification_delivery_preferences_by_channel_or__pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.workspace_notification_delivery_preferences_by_channel_o_id_seq OWNED BY public.workspace_notification_delivery_preferences_by_channel_or_topic.id;

ALTER TABLE public.customer_subscription_billing_period_adjustments ADD CONSTRAINT customer_subscription_billing_originating_invoice_line_ite_fkey FOREIGN KEY (originating_invoice_line_item_id) REFERENCES public.customer_subscription_billing_period_adjustments (id);
