{#- One sqlx-cli file (up or down). sqlx runs a file outside a transaction when its first line is
    exactly `-- no-transaction`. -#}
{%- import "common/macros.txt" as common -%}
{%- if !transactional %}-- no-transaction
{% endif -%}
{% call common::comment("--", header) %}{% endcall %}
{%- call common::statements(statements) %}{% endcall %}
