{#- Prisma Migrate: migration.sql (the up) or down.sql beside it (run by hand). -#}
{%- import "common/macros.txt" as common -%}
{% call common::comment("--", header) %}{% endcall %}
{%- call common::statements(statements) %}{% endcall %}
