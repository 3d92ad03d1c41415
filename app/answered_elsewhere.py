"""Replies staff typed in a provider's own app (Meta Business Suite, the Instagram app, the
Twilio console), seen on a webhook: a Meta echo the gateway did not send, or a Twilio status
callback for a message id the outbox does not know.

Such a reply already answers the customer, so it supersedes the pending draft, and the review
message says who answered where. Runs inside the webhook's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import ANSWERED_ELSEWHERE
from app.models import Contact, Conversation, Message, Outbox, utcnow
from app.review.service import supersede_pending
from vocabulary.messages import Channel, DeliveryStatus, InboundMessage

# A status that says the message reached (or is on its way to) the customer.
ANSWERED_STATUSES = frozenset({"sent", "delivered", "read"})
_RECENT_SENDS = 20
_CHANNEL_NAMES = {Channel.MESSENGER: "Messenger", Channel.INSTAGRAM: "Instagram",
                  Channel.SMS: "SMS", Channel.WHATSAPP: "WhatsApp"}


async def sent_by_gateway(
    session: AsyncSession, *, channel: Channel, provider_message_id: str, customer: str
) -> bool:
    """Whether an outbound message is, or may be, one of the gateway's own sends: its id is in
    the outbox or among the parts of a recent send, or a send to that customer is in flight
    (its id not recorded yet). In doubt the message is not treated as staff's."""
    known = await session.execute(
        select(Outbox.id).where(Outbox.provider_message_id == provider_message_id).limit(1)
    )
    if known.scalar() is not None:
        return True
    in_flight = await session.execute(
        select(Outbox.id).where(
            Outbox.channel == channel.value, Outbox.recipient == customer,
            Outbox.state == "sending",
        ).limit(1)
    )
    if in_flight.scalar() is not None:
        return True
    # A multi-part send stores every part's id on the message row of its first part.
    recent = await session.execute(
        select(Message.raw)
        .join(Outbox, Outbox.provider_message_id == Message.provider_message_id)
        .where(Outbox.channel == channel.value, Outbox.recipient == customer,
               Message.channel == channel.value)
        .order_by(Outbox.id.desc())
        .limit(_RECENT_SENDS)
    )
    return any(provider_message_id in (raw or {}).get("message_ids", ()) for raw in recent.scalars())


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def echo_note(message: InboundMessage) -> str:
    """Who answered where, for a Meta echo the gateway did not send."""
    app_id = "".join(ch for ch in str(message.raw.get("app_id") or "") if ch.isdigit())
    via = f" (Meta app {app_id})" if app_id else ""
    where = _CHANNEL_NAMES.get(message.channel, message.channel.value)
    return (f"Answered by staff in {where} outside the gateway{via}, "
            f"at {_when(message.received_at)}")


async def note_echo(session: AsyncSession, *, conversation_id: int, message: InboundMessage
                    ) -> list[int]:
    """A staff reply seen as an echo: the conversation's pending draft is superseded."""
    ANSWERED_ELSEWHERE.labels(channel=message.channel.value).inc()
    return await supersede_pending(session, conversation_id=conversation_id,
                                   reason=echo_note(message))


async def outside_send_conversation(
    session: AsyncSession, status: DeliveryStatus
) -> Conversation | None:
    """The conversation an outbound message the outbox does not know was sent in, when it went
    out to a known customer; None when it is not such a message (a failure, an unknown number,
    possibly the gateway's own send)."""
    customer = status.recipient
    if status.status not in ANSWERED_STATUSES or not customer:
        return None
    if await sent_by_gateway(session, channel=status.channel,
                             provider_message_id=status.provider_message_id, customer=customer):
        return None
    contact = (await session.execute(select(Contact).where(
        Contact.channel == status.channel.value, Contact.address == customer))).scalar()
    if contact is None:
        return None
    conversation: Conversation | None = (await session.execute(
        select(Conversation).where(Conversation.contact_id == contact.id)
        .order_by(Conversation.id.desc()).limit(1))).scalar()
    return conversation


def outside_send_row(status: DeliveryStatus) -> dict[str, Any]:
    """The stored outbound message for such a send; its text is not in a status report."""
    kept = {k: v for k, v in status.raw.items() if k in ("AccountSid", "MessagingServiceSid")}
    return {
        "direction": "out",
        "channel": status.channel.value,
        "provider_message_id": status.provider_message_id,
        "kind": "echo",
        "sender": status.sender or "",
        "recipient": status.recipient or "",
        "text": "",
        "attachments": [],
        "raw": {"answered_elsewhere": True, "status": status.status, **kept},
    }


async def note_outside_send(
    session: AsyncSession, *, conversation_id: int, status: DeliveryStatus
) -> list[int]:
    """Supersede the pending draft of a conversation staff answered from Twilio's own tools."""
    where = _CHANNEL_NAMES.get(status.channel, status.channel.value)
    sender = f" from {status.sender}" if status.sender else ""
    note = (f"Answered by staff outside the gateway, by {where}{sender} (Twilio "
            f"{status.provider_message_id}), seen {_when(utcnow())}; its text is in the Twilio "
            "console")
    ANSWERED_ELSEWHERE.labels(channel=status.channel.value).inc()
    return await supersede_pending(session, conversation_id=conversation_id, reason=note)
