{#- One golang-migrate file (up or down). Every value is a finished line of text. -#}
-- {{ file_name }}
{%- if let Some(up_file) = reverts %}
-- Reverts {{ up_file }}.
-- Phase {{ phase }}: {{ phase_meaning }}.
{%- else %}
-- Phase {{ phase }}: {{ phase_meaning }}.
{%- endif %}
{%- if !changes.is_empty() %}
--
-- {{ changes_title }}:
{%- for line in changes %}
--   {{ line }}
{%- endfor %}
{%- endif %}
{%- if !hazards.is_empty() %}
--
-- Hazards (locks, rewrites, scans):
{%- for line in hazards %}
--   {{ line }}
{%- endfor %}
{%- endif %}
{%- if !before_next.is_empty() %}
--
-- Before the next phase:
{%- for line in before_next %}
--   {{ line }}
{%- endfor %}
{%- endif %}
{%- if !transactional && !statements.is_empty() %}
--
-- No transaction: this file holds one statement that must not run inside a transaction
-- block. golang-migrate sends a file as one query string, so it stays alone in this file.
{%- endif %}
{%- if statements.is_empty() %}
--
-- Nothing to run.
{%- endif %}
{%- for statement in statements %}

{{ statement }}
{%- endfor %}
