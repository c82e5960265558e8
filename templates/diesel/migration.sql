{#- diesel_cli: up.sql or down.sql of one migration folder. -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}
{%- call common::statements(statements) %}{% endcall %}
