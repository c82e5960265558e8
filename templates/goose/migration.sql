{#- One goose migration: both directions in one file. goose ends a statement at a line ending
    in `;`, so a statement with `;` inside sits between StatementBegin and StatementEnd. -#}
{%- import "common/macros.txt" as common -%}
{%- macro section(list) -%}
{%- for statement in list %}
{% if statement.block %}
-- +goose StatementBegin
{{ statement.text }}
-- +goose StatementEnd
{%- else %}
{{ statement.text }}
{%- endif %}
{%- endfor -%}
{%- endmacro -%}
{% call common::comment("--", header) %}{% endcall %}
{%- if !transactional %}
-- +goose NO TRANSACTION
{%- endif %}

-- +goose Up
{%- call section(up) %}{% endcall %}

-- +goose Down
{%- if down.is_empty() %}
-- Nothing to run.
{%- endif %}
{%- call section(down) %}{% endcall %}
