{#- One golang-migrate file (up or down). Every value is a finished line of text. -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}
{%- call common::statements(statements) %}{% endcall %}
