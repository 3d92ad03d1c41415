"""outbox: drop next_attempt_at (the send job's run_after is the one retry schedule)

Revision ID: 0007_seams
Revises: 0006_hotpath
Create Date: 2026-11-30 16:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007_seams'
down_revision: Union[str, Sequence[str], None] = '0006_hotpath'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('outbox') as batch_op:
        batch_op.drop_column('next_attempt_at')


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('outbox') as batch_op:
        batch_op.add_column(sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True))
