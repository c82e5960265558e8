SELECT count(*) = 3 FROM subscriptions WHERE state = 'trialing';
SELECT enum_range(NULL::subscription_state)::text = '{trialing,active,past_due,canceled}';
