"""Who writes and what was said: contacts, customers linked across channels, conversations,
messages, drafts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, EnumText, utcnow
from app.states import ConversationStatus, DraftState, LinkState


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("channel", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str | None] = mapped_column(String(200))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # One person across channels (app.customers); None: this contact stands alone.
    # Named as migration 0005 names it: its downgrade drops the constraint by that name.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", name="fk_contacts_customer_id"), index=True)


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    business_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[ConversationStatus] = mapped_column(
        EnumText(ConversationStatus, 20), default=ConversationStatus.OPEN)
    last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    staff_read_at: Mapped[datetime | None]  # the console's shared "read up to" mark


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("channel", "provider_message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    channel: Mapped[str] = mapped_column(String(20))
    provider_message_id: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="message")
    sender: Mapped[str] = mapped_column(String(320))
    recipient: Mapped[str] = mapped_column(String(320))
    text: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    raw: Mapped[dict[str, Any]] = mapped_column(default=dict)
    segments: Mapped[int | None] = mapped_column(Integer)
    # No foreign key: drafts reference messages, and a cycle would complicate migrations.
    draft_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Draft(Base):
    """A reply proposal; `app.review.service` makes every change of `state`."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    state: Mapped[DraftState] = mapped_column(
        EnumText(DraftState, 20), default=DraftState.PENDING, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    final_text: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[list[Any]] = mapped_column(default=list)
    tool_runs: Mapped[list[Any]] = mapped_column(default=list)
    quote: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    responder: Mapped[str] = mapped_column(String(20), default="offline")
    model: Mapped[str | None] = mapped_column(String(100))
    usage: Mapped[dict[str, Any]] = mapped_column(default=dict)
    latency_ms: Mapped[int] = mapped_column(default=0)
    segments: Mapped[int | None] = mapped_column(Integer)
    slack_channel: Mapped[str | None] = mapped_column(String(50))
    slack_ts: Mapped[str | None] = mapped_column(String(50))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    # What approving does to a booking ({"kind": "hold" | "move" | "cancel", ...}); see
    # app.bookings.approval.
    booking_action: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Redraft with a note (app.review.redraft): the staff instruction and the draft it replaces.
    staff_note: Mapped[str | None] = mapped_column(Text)
    replaces_draft_id: Mapped[int | None] = mapped_column(Integer)
    reminded_at: Mapped[datetime | None]  # when the review channel was reminded (app.reminders)


class Customer(Base):
    """One person behind several contacts (an SMS number, the same WhatsApp number, an email...).
    Linked automatically only for the same phone on SMS and WhatsApp; otherwise by staff."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LinkSuggestion(Base):
    """An address a customer stated in a message ("my email is ..."), offered to staff as a link
    to the contact that has it. States: open, linked, dismissed."""

    __tablename__ = "link_suggestions"
    __table_args__ = (UniqueConstraint("contact_id", "address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    address: Mapped[str] = mapped_column(String(320), index=True)
    other_contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    message_id: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[LinkState] = mapped_column(EnumText(LinkState, 20), default=LinkState.OPEN)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
