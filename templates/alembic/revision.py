{#- One Alembic revision. Every value is finished Python text (string literals quoted in Rust). -#}
{%- import "common/macros.txt" as common -%}
{%- macro body(part) -%}
{%- if part.fresh_transaction %}
    # A transaction of its own: commit what earlier revisions of this run did (as
    # transaction_per_migration=True would), so no two revisions share a transaction.
    with op.get_context().autocommit_block():
        pass
{%- endif %}
{%- if part.statements.is_empty() %}
    pass
{%- else if part.transactional %}
{%- for literal in part.statements %}
    op.execute({{ literal }})
{%- endfor %}
{%- else %}
{%- for line in part.note %}
    # {{ line }}
{%- endfor %}
    with op.get_context().autocommit_block():
{%- for literal in part.statements %}
        op.execute({{ literal }})
{%- endfor %}
{%- endif %}
{%- endmacro -%}
"""{{ title }}

Revision ID: {{ revision }}
Revises: {{ revises }}
"""
{% call common::comment("#", header) %}{% endcall %}

import sqlalchemy as sa
from alembic import op

revision = {{ revision_literal }}
down_revision = {{ down_revision_literal }}
branch_labels = None
depends_on = None


def upgrade() -> None:
{%- call body(upgrade) %}{% endcall %}


def downgrade() -> None:
{%- call body(downgrade) %}{% endcall %}
