-- 000001_schema_change_expand.down.sql
-- Reverts 000001_schema_change_expand.up.sql.
-- Phase expand: additive changes, safe while the old application still runs.
--
-- Undoes:
--   - create sequence public.workspace_notification_delivery_preferences_by_channel_o_id_seq
--   - create table public.customer_subscription_billing_period_adjustments
--   - create table public.workspace_notification_delivery_preferences_by_channel_or_topic
--   - set the owner of sequence public.workspace_notification_delivery_preferences_by_channel_o_id_seq
--   - add constraint customer_subscription_billing_originating_invoice_line_ite_fkey on public.customer_subscription_billing_period_adjustments

SET LOCAL lock_timeout = '5s';

ALTER TABLE public.customer_subscription_billing_period_adjustments DROP CONSTRAINT customer_subscription_billing_originating_invoice_line_ite_fkey;

ALTER SEQUENCE public.workspace_notification_delivery_preferences_by_channel_o_id_seq OWNED BY NONE;

DROP TABLE public.workspace_notification_delivery_preferences_by_channel_or_topic;

DROP TABLE public.customer_subscription_billing_period_adjustments;

DROP SEQUENCE public.workspace_notification_delivery_preferences_by_channel_o_id_seq;
