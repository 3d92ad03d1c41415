"""Typed SQLAlchemy models, one module per area. Importing the package registers every table on
`Base.metadata` (Alembic and the schema test read it from here)."""

from app.models.base import Base, EnumText, UTCDateTime, utcnow
from app.models.bookings import Booking, BookingSlot, StripeEvent
from app.models.conversations import Contact, Conversation, Customer, Draft, LinkSuggestion, Message
from app.models.delivery import AuditEvent, ChannelState, Job, Outbox, SendAttempt, WebhookNonce
from app.models.guards import (
    ConsoleSession,
    Digest,
    DigestEntry,
    GatewaySecret,
    ModelBreaker,
    SignInFailure,
    Snippet,
    StaffSwitch,
    UsageCounter,
)

__all__ = [
    "AuditEvent",
    "Base",
    "Booking",
    "BookingSlot",
    "ChannelState",
    "ConsoleSession",
    "Contact",
    "Conversation",
    "Customer",
    "Digest",
    "DigestEntry",
    "Draft",
    "EnumText",
    "GatewaySecret",
    "Job",
    "LinkSuggestion",
    "Message",
    "ModelBreaker",
    "Outbox",
    "SendAttempt",
    "SignInFailure",
    "Snippet",
    "StaffSwitch",
    "StripeEvent",
    "UTCDateTime",
    "UsageCounter",
    "WebhookNonce",
    "utcnow",
]
