"""Bookings with deposits: the booking, the calendar slots it holds, Stripe events seen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


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
