"""staff tools: customers across channels, link suggestions, redraft notes, reminders, the
auto-approval stop switch, saved replies, the console's read mark

Revision ID: 0005_staff
Revises: 0004_bookings
Create Date: 2026-11-26 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005_staff'
down_revision: Union[str, Sequence[str], None] = '0004_bookings'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('customer_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_contacts_customer_id'), ['customer_id'], unique=False)
        batch_op.create_foreign_key('fk_contacts_customer_id', 'customers', ['customer_id'], ['id'])
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staff_read_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('staff_note', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('replaces_draft_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True))
    op.create_table('link_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('other_contact_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ),
    sa.ForeignKeyConstraint(['other_contact_id'], ['contacts.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('contact_id', 'address')
    )
    with op.batch_alter_table('link_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_suggestions_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_suggestions_address'), ['address'], unique=False)
    op.create_table('staff_switches',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('on', sa.Boolean(), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('snippets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    _link_existing_phone_pairs()


def _link_existing_phone_pairs() -> None:
    """Contacts that already exist with the same phone on SMS and WhatsApp become one customer,
    as new ones are linked from now on (app.customers.auto_link)."""
    bind = op.get_bind()
    pairs = bind.execute(sa.text(
        "SELECT s.id, w.id FROM contacts s JOIN contacts w ON w.address = s.address "
        "WHERE s.channel = 'sms' AND w.channel = 'whatsapp'"
    )).all()
    for sms_id, whatsapp_id in pairs:
        customer_id = bind.execute(sa.text(
            "INSERT INTO customers (created_at) VALUES (CURRENT_TIMESTAMP) RETURNING id"
        )).scalar_one()
        bind.execute(sa.text("UPDATE contacts SET customer_id = :c WHERE id IN (:a, :b)"),
                     {"c": customer_id, "a": sms_id, "b": whatsapp_id})


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('snippets')
    op.drop_table('staff_switches')
    with op.batch_alter_table('link_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_suggestions_address'))
        batch_op.drop_index(batch_op.f('ix_link_suggestions_contact_id'))
    op.drop_table('link_suggestions')
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_column('reminded_at')
        batch_op.drop_column('replaces_draft_id')
        batch_op.drop_column('staff_note')
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('staff_read_at')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_constraint('fk_contacts_customer_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_contacts_customer_id'))
        batch_op.drop_column('customer_id')
    op.drop_table('customers')
