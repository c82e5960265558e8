CREATE TABLE customer_subscription_billing_period_adjustments (
    id bigint PRIMARY KEY,
    effective_from_timestamp_utc timestamptz NOT NULL UNIQUE,
    adjustment_amount_in_minor_units bigint NOT NULL CHECK (adjustment_amount_in_minor_units <> 0),
    originating_invoice_line_item_id bigint REFERENCES customer_subscription_billing_period_adjustments (id)
);

CREATE TABLE workspace_notification_delivery_preferences_by_channel_or_topic (
    id serial PRIMARY KEY
);
