SELECT to_regclass('public.customer_subscription_billing_period_adjustments') IS NULL;
