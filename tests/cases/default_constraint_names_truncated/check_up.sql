SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'customer_subscription_billing_period_adjustments_pkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'customer_subscription_billing__effective_from_timestamp_utc_key');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'customer_subscription_billin_adjustment_amount_in_minor_u_check');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'customer_subscription_billing_originating_invoice_line_ite_fkey');
SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'workspace_notification_delivery_preferences_by_channel_or__pkey');
SELECT to_regclass('public.workspace_notification_delivery_preferences_by_channel_o_id_seq') IS NOT NULL;
