"""Simulate a customer message through the real webhook path.

The console builds the form Twilio would post, signs it with Twilio's algorithm over
PUBLIC_BASE_URL + "/webhooks/twilio", and hands it to `app.pipeline.process_webhook`: the same
verify -> parse -> store code every real delivery goes through. With Twilio configured, the
configured auth token signs it and the configured adapter verifies it. Without Twilio, a Twilio
adapter keyed with DEMO_SIGNING_KEY verifies it; that adapter exists only inside this call (the
public /webhooks/twilio route keeps refusing everything), and it sends nothing, so the drafted
reply ends in the dry-run outbox, "not sent".
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from adapters.twilio import TwilioAdapter
from app.inbox import process_now
from app.jobs import UNFINISHED
from app.models import Job, Message
from app.pipeline import Refused, process_webhook
from app.runtime import Runtime
from vocabulary.webhook import WebhookRequest

WEBHOOK_PATH = "/webhooks/twilio"
# Public by design: it only signs simulator requests checked by a simulator-only adapter.
DEMO_SIGNING_KEY = "gateway-console-demo-signing-key"
DEMO_ACCOUNT_SID = "AC00000000000000000000000000000000"
DEMO_BUSINESS_NUMBER = "+19165550100"
CHANNELS = ("sms", "whatsapp")
MAX_TEXT = 1600
_PHONE = re.compile(r"^\+[1-9][0-9]{6,14}$")


class SimulationError(Exception):
    """The form is not a message the simulator can send (shown to the reviewer)."""


@dataclass(frozen=True, slots=True)
class Simulated:
    """What the simulated delivery stored: a new message id, or None for a duplicate."""

    message_id: int | None
    demo: bool


def validate(*, channel: str, sender: str, text: str) -> tuple[str, str, str]:
    """Normalized (channel, sender, text), or SimulationError with a reason."""
    sender = re.sub(r"[\s().-]", "", sender)
    text = text.strip()
    if channel not in CHANNELS:
        raise SimulationError(f"channel must be one of {', '.join(CHANNELS)}")
    if not _PHONE.match(sender):
        raise SimulationError("sender must be a phone number in E.164 form, like +19165550123")
    if not text:
        raise SimulationError("the message is empty")
    if len(text) > MAX_TEXT:
        raise SimulationError(f"the message is longer than {MAX_TEXT} characters")
    return channel, sender, text


def twilio_form(*, runtime: Runtime, channel: str, sender: str, text: str, name: str = ""
                ) -> dict[str, str]:
    """The fields of an inbound Twilio Messaging webhook."""
    settings = runtime.settings
    sid = "SM" + secrets.token_hex(16)
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    fields = {
        "MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid, "SmsStatus": "received",
        "AccountSid": settings.twilio_account_sid or DEMO_ACCOUNT_SID,
        "From": prefix + sender, "To": prefix + (settings.twilio_from_number or DEMO_BUSINESS_NUMBER),
        "Body": text, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01",
    }
    if channel == "whatsapp" and name.strip():
        fields["ProfileName"] = name.strip()[:100]
    return fields


def _signing(runtime: Runtime) -> tuple[Runtime, str, bool]:
    """The runtime whose Twilio adapter verifies the request, its key, and whether it is the demo."""
    if "twilio" in runtime.channels.inbound:
        return runtime, runtime.settings.twilio_auth_token, False
    demo = TwilioAdapter(account_sid=DEMO_ACCOUNT_SID, auth_token=DEMO_SIGNING_KEY)
    # Inbound only: the demo adapter is never a sender, so replies stay in the dry-run outbox.
    channels = runtime.channels.with_inbound("twilio", demo)
    return dataclasses.replace(runtime, channels=channels), DEMO_SIGNING_KEY, True


async def simulate(*, runtime: Runtime, channel: str, sender: str, text: str, name: str = ""
                   ) -> Simulated:
    """Sign and deliver one customer message; raises SimulationError when it is refused."""
    channel, sender, text = validate(channel=channel, sender=sender, text=text)
    fields = twilio_form(runtime=runtime, channel=channel, sender=sender, text=text, name=name)
    target, key, demo = _signing(runtime)
    url = runtime.settings.public_base_url + WEBHOOK_PATH
    signature = RequestValidator(key).compute_signature(url, fields)
    request = WebhookRequest(
        url=url,
        body=urlencode(fields).encode(),
        headers={"content-type": "application/x-www-form-urlencoded",
                 "x-twilio-signature": signature},
    )
    try:
        accepted = await process_webhook(target, "twilio", request)
    except Refused as exc:
        raise SimulationError(f"the webhook refused it: {exc.status} {exc.reason}") from exc
    # Stored at once here rather than by the next free worker, so the page can show it.
    appended = accepted.result.appended
    from app.tasks import make_worker  # the job handlers, loaded at the first simulation

    ran = await process_now(make_worker(runtime), appended)
    if ran < len(appended):  # the background worker took it first: let it finish
        await wait_done(runtime, appended)
    message_id = await stored_message_id(runtime, channel=channel, sid=fields["MessageSid"])
    return Simulated(message_id, demo)


async def wait_done(runtime: Runtime, job_ids: list[int], *, polls: int = 200) -> None:
    """Wait (at most `polls` x 50 ms) until another worker has finished these jobs, so the page
    shows the stored message instead of calling a new one a duplicate."""
    for _ in range(polls):
        async with runtime.sessions() as session:
            open_jobs = await session.scalar(select(func.count()).select_from(Job).where(
                Job.id.in_(job_ids), Job.state.in_(UNFINISHED)))
        if not open_jobs:
            return
        await asyncio.sleep(0.05)


async def stored_message_id(runtime: Runtime, *, channel: str, sid: str) -> int | None:
    """The id of the message stored for a simulated delivery (None: not stored)."""
    async with runtime.sessions() as session:
        found = await session.execute(select(Message.id).where(
            Message.channel == channel, Message.provider_message_id == sid))
        return found.scalar()
