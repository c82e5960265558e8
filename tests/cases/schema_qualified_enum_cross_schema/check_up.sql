SELECT enum_range(NULL::ref.currency)::text = '{USD,EUR,GBP}';
SELECT udt_schema = 'ref' AND udt_name = 'currency' FROM information_schema.columns WHERE table_schema = 'sales' AND table_name = 'quotes' AND column_name = 'currency';
