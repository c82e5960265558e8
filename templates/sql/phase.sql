{#- Plain SQL for psql: every unit of one phase (up) or their downs in reverse (down). A
    transactional unit sits between BEGIN and COMMIT; psql runs every other statement on its
    own, outside a transaction block. -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}
{%- for part in parts %}

{% call common::comment("--", part.header.as_slice()) %}{% endcall %}
{%- if part.transactional %}

BEGIN;
{%- endif %}
{%- call common::statements(part.statements) %}{% endcall %}
{%- if part.transactional %}

COMMIT;
{%- endif %}
{%- endfor %}
