"""jobs.partition_key: one customer's deliveries are processed one at a time, in order

Revision ID: 0006_hotpath
Revises: 0005_staff
Create Date: 2026-11-30 16:20:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006_hotpath'
down_revision: Union[str, Sequence[str], None] = '0005_staff'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

UNFINISHED = sa.text("state IN ('queued', 'running')")


def upgrade() -> None:
    op.add_column('jobs', sa.Column('partition_key', sa.String(length=100), nullable=True))
    # Partial: the claim only asks about unfinished jobs, which stay few as done jobs pile up.
    op.create_index('ix_jobs_partition', 'jobs', ['partition_key', 'id'], unique=False,
                    postgresql_where=UNFINISHED, sqlite_where=UNFINISHED)


def downgrade() -> None:
    op.drop_index('ix_jobs_partition', table_name='jobs')
    with op.batch_alter_table('jobs') as batch_op:
        batch_op.drop_column('partition_key')
