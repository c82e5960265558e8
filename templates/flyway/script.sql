{#- One Flyway script: a versioned migration V<n>__... or its undo U<n>__.... -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}
{%- call common::statements(statements) %}{% endcall %}
