"""Twilio Messaging: SMS, MMS and WhatsApp in, the same out, and delivery status callbacks."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from twilio.request_validator import RequestValidator

from adapters.base import InboundAdapter, Sender
from adapters.text import fit_to_limits, segments_for
from adapters.twilio_parse import WHATSAPP_PREFIX, parse_message, parse_status
from vocabulary.errors import (
    MalformedPayload,
    PermanentSendError,
    SendHeld,
    SignatureError,
    TransientSendError,
)
from vocabulary.messages import (
    Channel,
    OutboundMessage,
    ParsedWebhook,
    SendResult,
    SkippedEvent,
)
from vocabulary.settings import Settings
from vocabulary.webhook import Ack, ChannelLimits, WebhookRequest

if TYPE_CHECKING:  # the REST client (and aiohttp under it) is loaded at the first send
    from twilio.base.exceptions import TwilioRestException
    from twilio.rest import Client

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
WHATSAPP_WINDOW = timedelta(hours=24)

# Error codes where a retry cannot succeed (invalid or unreachable number, opted out, blocked).
PERMANENT_CODES = frozenset({21211, 21214, 21408, 21610, 21612, 21614, 30003, 30004, 30005, 30006})
WHATSAPP_WINDOW_CODE = 63016

# Twilio concatenates long texts itself, up to 1600 characters per message.
LIMITS = {
    Channel.SMS: ChannelLimits(max_chars=1600, max_parts=1, counts_segments=True),
    Channel.WHATSAPP: ChannelLimits(max_chars=1600, max_parts=1),
}


class TwilioAdapter(InboundAdapter, Sender):
    """SMS and WhatsApp through Twilio's Messaging API."""

    name = "twilio"
    channels = (Channel.SMS, Channel.WHATSAPP)

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_number: str = "",
        messaging_service_sid: str = "",
        api_base_url: str = "https://api.twilio.com",
        status_callback_url: str | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._auth_token = auth_token
        self._from_number = from_number
        self._messaging_service_sid = messaging_service_sid
        self._status_callback_url = status_callback_url
        self._now = now
        self._validator = RequestValidator(auth_token) if auth_token else None
        self._account_sid = account_sid
        self._api_base_url = api_base_url
        self._client: Client | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> TwilioAdapter:
        """`now` stamps inbound messages and decides WhatsApp's 24-hour window."""
        return cls(
            now=now,
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            from_number=settings.twilio_from_number,
            messaging_service_sid=settings.twilio_messaging_service_sid,
            api_base_url=settings.twilio_api_base_url,
            status_callback_url=f"{settings.public_base_url}/webhooks/twilio/status",
        )

    def limits(self, channel: Channel) -> ChannelLimits:
        return LIMITS[channel]

    def verify(self, request: WebhookRequest) -> None:
        """X-Twilio-Signature over the public URL and the POST parameters."""
        signature = request.headers.get("x-twilio-signature", "")
        if self._validator is None or not signature:
            raise SignatureError("missing Twilio signature or auth token")
        try:
            params = dict(request.form_pairs())
        except MalformedPayload as exc:
            raise SignatureError("unreadable body cannot be verified") from exc
        # The URL as received first (one HMAC); the SDK's check, which always computes two
        # (the URL with and without its port), only when that does not match.
        computed = _signature(self._auth_token, request.url, params)
        if hmac.compare_digest(computed.encode(), signature.encode()):
            return
        if not self._validator.validate(request.url, params, signature):
            raise SignatureError("Twilio signature does not match")

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """An inbound message, or a status callback for an outbound message (the gateway's, or
        one staff sent from Twilio's own tools)."""
        fields = dict(request.form_pairs())
        if "MessageStatus" in fields and "Body" not in fields:
            return ParsedWebhook(statuses=(parse_status(fields),))
        notes: list[SkippedEvent] = []
        message = parse_message(fields, notes, received_at=self._now())
        return ParsedWebhook(messages=(message,), skipped=tuple(notes))

    def ack(self, parsed: ParsedWebhook) -> Ack:
        """Empty TwiML for an inbound message (no automatic reply); a status callback needs
        only the 200."""
        return Ack(EMPTY_TWIML, "text/xml") if parsed.messages else Ack()

    async def warm(self) -> None:
        """The SDK's modules imported in a thread (about 0.2 s of CPU the first send would
        otherwise spend between the click and the call), then its client made here."""
        await asyncio.to_thread(_load_sdk)
        self._rest().messages  # noqa: B018 (the messages resource loads its modules)

    def _rest(self) -> Client:
        if self._client is None:
            from twilio.http.async_http_client import AsyncTwilioHttpClient
            from twilio.rest import Client

            client = Client(
                self._account_sid, self._auth_token, http_client=AsyncTwilioHttpClient(timeout=15)
            )
            client.api.base_url = self._api_base_url
            self._client = client
        return self._client

    async def send(self, message: OutboundMessage) -> SendResult:
        """Send through the Messages API; WhatsApp only inside the 24-hour window."""
        if message.channel == Channel.WHATSAPP:
            last = message.last_inbound_at
            if last is None or self._now() - last > WHATSAPP_WINDOW:
                raise SendHeld(
                    "outside WhatsApp's 24-hour window: a pre-approved template is needed",
                    code="window",
                )
        limits = self.limits(message.channel)
        (text,) = fit_to_limits(message.text, limits)
        prefix = WHATSAPP_PREFIX if message.channel == Channel.WHATSAPP else ""
        kwargs: dict[str, Any] = {"to": prefix + message.recipient, "body": text}
        if self._messaging_service_sid:
            kwargs["messaging_service_sid"] = self._messaging_service_sid
        else:
            kwargs["from_"] = prefix + self._from_number
        if self._status_callback_url:
            kwargs["status_callback"] = self._status_callback_url
        import aiohttp
        from twilio.base.exceptions import TwilioRestException

        try:
            created = await self._rest().messages.create_async(**kwargs)
        except TwilioRestException as exc:
            raise _map_error(exc) from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise TransientSendError(f"Twilio unreachable: {exc!r}") from exc
        segments = segments_for(limits, text)
        return SendResult(
            provider_message_id=str(created.sid),
            status=str(created.status or "queued"),
            parts=segments.segments if segments else 1,
        )

    async def find_sent(self, message: OutboundMessage, *, since: datetime) -> SendResult | None:
        """The message Twilio already holds for this reply, if an earlier attempt reached it:
        the Messages list filtered by To, From (unless a Messaging Service picks the sender) and
        send date (from `since`'s day, UTC), matched on the exact body and created at or after
        `since`. A message still queued at Twilio with no send date yet may not be listed."""
        (text,) = fit_to_limits(message.text, self.limits(message.channel))
        prefix = WHATSAPP_PREFIX if message.channel == Channel.WHATSAPP else ""
        since = since.astimezone(UTC)
        kwargs: dict[str, Any] = {"to": prefix + message.recipient, "limit": 100,
                                  "date_sent_after": since.strftime("%Y-%m-%d")}
        if not self._messaging_service_sid:
            kwargs["from_"] = prefix + self._from_number
        import aiohttp
        from twilio.base.exceptions import TwilioRestException

        try:
            listed = await self._rest().messages.list_async(**kwargs)
        except TwilioRestException as exc:
            raise TransientSendError(f"Twilio message look-up failed: {exc.status}",
                                     code=str(exc.code or exc.status)) from exc
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise TransientSendError(f"Twilio unreachable for the look-up: {exc!r}") from exc
        for found in listed:
            created = found.date_created
            if found.body != text or (created is not None and created < since):
                continue
            if str(found.direction or "outbound-api").startswith("outbound"):
                info = segments_for(self.limits(message.channel), text)
                parts = info.segments if info else 1
                return SendResult(provider_message_id=str(found.sid),
                                  status=str(found.status or "queued"), parts=parts)
        return None

    async def close(self) -> None:
        if self._client is not None:
            from twilio.http.async_http_client import AsyncTwilioHttpClient

            http = self._client.http_client
            if isinstance(http, AsyncTwilioHttpClient):
                await http.close()
            self._client = None


def _load_sdk() -> None:
    """Import what `send` and `find_sent` use (a thread may run this)."""
    import aiohttp  # noqa: F401
    import twilio.base.exceptions  # noqa: F401
    import twilio.http.async_http_client  # noqa: F401
    import twilio.rest  # noqa: F401
    import twilio.rest.api.v2010.account.message  # noqa: F401


def _signature(token: str, url: str, params: Mapping[str, str]) -> str:
    """Twilio's signature (HMAC-SHA1 of the URL followed by each parameter's name and value,
    sorted by name, base64): what `RequestValidator.compute_signature` computes for a plain
    dict, without the two attribute look-ups it tries and fails for each parameter (most of its
    cost on the webhook's path)."""
    text = url + "".join([name + params[name] for name in sorted(params)])
    digest = hmac.new(token.encode("utf-8"), text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _map_error(exc: TwilioRestException) -> Exception:
    code = exc.code if isinstance(exc.code, int) else None
    text = f"Twilio {exc.status}: {exc.msg}"
    if code == WHATSAPP_WINDOW_CODE:
        return SendHeld(text, code=str(code))
    if exc.status == 429 or exc.status >= 500:
        return TransientSendError(text, code=str(code or exc.status))
    if code in PERMANENT_CODES or 400 <= exc.status < 500:
        return PermanentSendError(text, code=str(code or exc.status))
    return TransientSendError(text, code=str(code or exc.status))
