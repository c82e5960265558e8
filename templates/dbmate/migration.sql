{#- One dbmate migration: both directions in one file. `transaction:false` on the section line
    makes dbmate run that section outside a transaction. -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}

-- migrate:up{% if !transactional %} transaction:false{% endif %}
{%- call common::statements(up) %}{% endcall %}

-- migrate:down{% if !transactional %} transaction:false{% endif %}
{%- if down.is_empty() %}
-- Nothing to run.
{%- endif %}
{%- call common::statements(down) %}{% endcall %}
