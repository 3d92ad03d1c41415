"""Typed SQLAlchemy models: contacts, conversations, messages, drafts, outbox, jobs, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


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
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)


class Conversation(Base):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    business_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | needs_human
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
    """A reply proposal. States: pending, approved, edited, rejected, expired, superseded,
    redrafted, sent, failed (see app.review.service for the transitions)."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
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


class Outbox(Base):
    """One approved reply to deliver. States: pending, sending, sent, delivered, held, failed,
    dry_run."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(String(320))
    text: Mapped[str] = mapped_column(Text)
    human_authored: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    provider_message_id: Mapped[str | None] = mapped_column(String(300), index=True)
    segments: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SendAttempt(Base):
    __tablename__ = "send_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id"), index=True)
    attempt: Mapped[int]
    # sent | found (an earlier attempt's message, found at the provider) | transient | permanent
    # | held
    result: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    provider_message_id: Mapped[str | None] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Job(Base):
    """A durable unit of background work, claimed with a lease. Jobs sharing a partition key
    run one at a time in id order (see app.jobs)."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_claim", "state", "run_after"),
        Index("ix_jobs_partition", "partition_key", "id",
              postgresql_where=text("state IN ('queued', 'running')"),
              sqlite_where=text("state IN ('queued', 'running')")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="queued")  # queued|running|done|dead
    attempts: Mapped[int] = mapped_column(default=0)
    run_after: Mapped[datetime] = mapped_column(default=utcnow)
    locked_by: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    partition_key: Mapped[str | None] = mapped_column(String(100))


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class WebhookNonce(Base):
    """Nonces already accepted (Mailgun tokens), so a captured request cannot be replayed."""

    __tablename__ = "webhook_nonces"
    __table_args__ = (UniqueConstraint("provider", "nonce"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(20))
    nonce: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChannelState(Base):
    """Runtime facts about a channel that staff must see (e.g. a Meta token needing reauth)."""

    __tablename__ = "channel_states"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    needs_reauth: Mapped[bool] = mapped_column(Boolean, default=False)
    detail: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Booking(Base):
    """A party date held for a deposit, then confirmed by the payment. States and transitions:
    app.bookings.states and app.bookings.desk. Money in cents."""

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id"))
    party_date: Mapped[date] = mapped_column(Date, index=True)
    party_time: Mapped[str | None] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(20), index=True)
    guests: Mapped[str] = mapped_column(String(200), default="")
    quote: Mapped[dict[str, Any]] = mapped_column(default=dict)
    total_cents: Mapped[int]
    deposit_cents: Mapped[int]
    includes_travel: Mapped[bool] = mapped_column(Boolean, default=True)
    hold_expires_at: Mapped[datetime | None]
    dry_run: Mapped[bool] = mapped_column(Boolean, default=False)
    checkout_session_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    checkout_url: Mapped[str | None] = mapped_column(Text)
    reply_text: Mapped[str | None] = mapped_column(Text)
    reply_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    payment_intent_id: Mapped[str | None] = mapped_column(String(255))
    paid_cents: Mapped[int | None]
    paid_at: Mapped[datetime | None]
    refund_state: Mapped[str | None] = mapped_column(String(20))
    refund_id: Mapped[str | None] = mapped_column(String(255))
    note: Mapped[str | None] = mapped_column(Text)
    sequence: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class BookingSlot(Base):
    """One of a day's party slots, taken by a hold or a booking. The unique (day, slot_no) is
    what lets the database, not the application, refuse a second hold on the last slot."""

    __tablename__ = "booking_slots"
    __table_args__ = (UniqueConstraint("day", "slot_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    slot_no: Mapped[int]
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), unique=True)
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)


class StripeEvent(Base):
    """Stripe events already handled, so a redelivered or replayed event changes nothing."""

    __tablename__ = "stripe_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(255), unique=True)
    type: Mapped[str] = mapped_column(String(100))
    booking_id: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


# Abuse guards (issue 14): console sign-in, drafting budgets, the model breaker, digests.


class GatewaySecret(Base):
    """Secrets the gateway generates for itself on first start (the console's signing key when
    SECRET_KEY is not set), so every process of one deployment shares them."""

    __tablename__ = "gateway_secrets"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConsoleSession(Base):
    """A signed-in console session; the cookie names it, and sign-out ends it here."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the cookie's id
    reviewer: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]


class SignInFailure(Base):
    """One wrong console password, kept for the throttle's window."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (Index("ix_sign_in_failures_client_at", "client", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(index=True)


class UsageCounter(Base):
    """A fixed-window counter (drafts a minute or a day, model tokens a day), incremented with
    one conditional UPDATE so concurrent workers never pass a limit together."""

    __tablename__ = "usage_counters"

    scope: Mapped[str] = mapped_column(String(60), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


class ModelBreaker(Base):
    """The model-spend circuit breaker: consecutive model failures, and until when it is open."""

    __tablename__ = "model_breaker"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    open_until: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Digest(Base):
    """One notice to staff listing customer messages that were stored without a draft."""

    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    count: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    slack_channel: Mapped[str | None] = mapped_column(String(50))
    slack_ts: Mapped[str | None] = mapped_column(String(50))


class DigestEntry(Base):
    """A customer message held back from drafting (over budget, model paused), until a digest
    lists it."""

    __tablename__ = "digest_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digests.id"), index=True)


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
    state: Mapped[str] = mapped_column(String(20), default="open")
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StaffSwitch(Base):
    """A switch staff flip in the console (the auto-approval stop switch), shared by every
    process through the database."""

    __tablename__ = "staff_switches"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    on: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Snippet(Base):
    """A saved reply staff insert while editing a draft."""

    __tablename__ = "snippets"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
