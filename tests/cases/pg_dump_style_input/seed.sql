INSERT INTO public.customers (name, email) VALUES
    ('Acme', 'ops@acme.test'),
    ('Globex', 'it@globex.test'),
    ('Initech', NULL);
INSERT INTO public.addresses (customer_id, city) VALUES (1, 'Springfield'), (1, 'Shelbyville'), (2, 'Cypress Creek');
