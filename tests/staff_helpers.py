"""Helpers for the staff-tools tests: customer messages the way Twilio posts them (signed, with
the fields a real delivery carries) or as another channel's adapter parses them, and a recording
orchestrator that keeps what each drafting was given."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import select

from app.ingest import ingest
from app.models import Contact, Draft, utcnow
from tests.helpers import form_body, twilio_signed
from vocabulary.messages import Channel, InboundKind, InboundMessage, ParsedWebhook

URL = "https://gateway.example.com/webhooks/twilio"
BUSINESS = "+19165550100"
_sids = itertools.count(1)


async def twilio_message(client: httpx.AsyncClient, *, channel: str, sender: str, text: str,
                         name: str | None = None) -> str:
    """An inbound SMS or WhatsApp message through POST /webhooks/twilio; returns its SID."""
    sid = f"SM{next(_sids):08d}{'c' * 24}"
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    fields = {
        "ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": "0",
        "SmsSid": sid, "SmsStatus": "received", "Body": text, "To": prefix + BUSINESS,
        "MessagingServiceSid": "MGc8bffbe4a6f4d7eec602a85352babca6", "NumSegments": "1",
        "MessageSid": sid, "AccountSid": "AC9af211329b2fc82e5efe906062c73008",
        "From": prefix + sender, "ApiVersion": "2010-04-01",
    }
    if channel == "whatsapp":
        fields.update({"WaId": sender.lstrip("+"), "MessageType": "text"})
        if name:
            fields["ProfileName"] = name
    body = form_body(fields)
    response = await client.post(URL, content=body, headers=twilio_signed(URL, body))
    assert response.status_code == 200, response.text
    return sid


async def deliver(runtime: Any, message: InboundMessage) -> int:
    """Store a message the way a webhook does (for channels without a Twilio form)."""
    async with runtime.sessions() as session, session.begin():
        result = await ingest(session, ParsedWebhook(messages=(message,)))
    return result.stored[0]


def email(sender: str, text: str, *, name: str | None = None, at: datetime | None = None,
          subject: str = "Party question") -> InboundMessage:
    mid = f"<{next(_sids)}.{sender.split('@')[0]}@mail.example.com>"
    return InboundMessage(channel=Channel.EMAIL, provider_message_id=mid, sender=sender,
                          recipient="events@hibachi.example.com", text=text,
                          received_at=at or utcnow(), sender_name=name, subject=subject)


def telegram(chat_id: str, text: str, *, kind: InboundKind = InboundKind.MESSAGE,
             name: str | None = None) -> InboundMessage:
    return InboundMessage(channel=Channel.TELEGRAM, provider_message_id=f"{chat_id}:{next(_sids)}",
                          sender=chat_id, recipient="hibachi_bot", text=text,
                          received_at=utcnow(), kind=kind, sender_name=name)


async def contact(runtime: Any, channel: str, address: str) -> Contact:
    async with runtime.sessions() as session:
        found = (await session.execute(select(Contact).where(
            Contact.channel == channel, Contact.address == address))).scalar_one()
    return found


async def drafts(runtime: Any) -> list[Draft]:
    async with runtime.sessions() as session:
        return list((await session.execute(select(Draft).order_by(Draft.id))).scalars())


class RecordingOrchestrator:
    """The real orchestrator, remembering the arguments of every drafting."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls: list[dict[str, Any]] = []

    async def draft(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return await self.real.draft(**kwargs)

    def check_text(self, **kwargs: Any) -> Any:
        return self.real.check_text(**kwargs)

    async def aclose(self) -> None:
        await self.real.aclose()
