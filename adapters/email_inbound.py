"""Inbound email webhooks: Mailgun routes (signed form posts) and SendGrid Inbound Parse
(multipart behind HTTP Basic auth). Both normalize through `adapters.email_normalize`.

These classes only receive; replies go out through `adapters.email_send.EmailSender`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.parser import HeaderParser
from email.policy import compat32
from typing import Any

from adapters.base import InboundAdapter
from adapters.email_normalize import EmailFields, header, html_to_text, to_inbound
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import Attachment, Channel, ParsedWebhook
from vocabulary.settings import Settings
from vocabulary.webhook import WebhookRequest

_ATTACHMENT_FIELD = re.compile(r"attachment-?\d+")


def _first(pairs: Sequence[tuple[str, str]], name: str) -> str | None:
    for key, value in pairs:
        if key == name:
            return value
    return None


def _attachment_names(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """File part names; the web layer gives each file part as (field name, file name)."""
    return [value for key, value in pairs if _ATTACHMENT_FIELD.fullmatch(key) and value]


def _from_timestamp(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class MailgunInbound(InboundAdapter):
    """Mailgun inbound routes (`forward()` and `store(notify=...)` posts)."""

    name = "mailgun"
    channels: tuple[Channel, ...] = (Channel.EMAIL,)

    def __init__(
        self,
        *,
        signing_key: str,
        business_address: str,
        max_age_seconds: int = 300,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._key = signing_key
        self._business = business_address
        self._max_age = max_age_seconds
        self._now = now

    @classmethod
    def from_settings(cls, settings: Settings, *, now: Callable[[], float] = time.time
                      ) -> MailgunInbound:
        """MAILGUN_SIGNING_KEY signs the posts; EMAIL_FROM is the business's own address; `now`
        (epoch seconds) bounds the accepted timestamp window."""
        return cls(signing_key=settings.mailgun_signing_key, business_address=settings.email_from,
                   now=now)

    def verify(self, request: WebhookRequest) -> None:
        """Check the HMAC-SHA256 of timestamp + token and that the timestamp is fresh."""
        if not self._key:
            raise SignatureError("mailgun signing key is not configured")
        timestamp, token, signature = self._signature_fields(request)
        expected = hmac.new(
            self._key.encode(), (timestamp + token).encode(), hashlib.sha256
        ).hexdigest()
        if not hmac.compare_digest(expected.encode(), signature.encode()):
            raise SignatureError("mailgun signature does not match")
        try:
            sent_at = float(timestamp)
        except ValueError as exc:
            raise SignatureError("mailgun timestamp is not a number") from exc
        # Both directions: a timestamp far in the future is as suspect as a stale one.
        if abs(self._now() - sent_at) > self._max_age:
            raise SignatureError("mailgun timestamp is outside the accepted window")

    def replay_nonce(self, request: WebhookRequest) -> str:
        """The signed token; the caller stores it and refuses a second post carrying it."""
        return self._signature_fields(request)[1]

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """One message per post; repeated fields (Received) are read as pairs."""
        pairs = request.form_pairs()
        headers = _mailgun_headers(pairs)

        def pick(name: str) -> str:
            return _first(pairs, name) or header(headers, name) or ""

        sender = _first(pairs, "from") or header(headers, "From") or _first(pairs, "sender") or ""
        timestamp = _first(pairs, "timestamp") or ""
        fallback = (
            _from_timestamp(float(timestamp))
            if timestamp.isdigit()
            else _from_timestamp(self._now())
        )
        attachments = _stored_attachments(_first(pairs, "attachments"))
        fields = EmailFields(
            from_header=sender,
            to_header=header(headers, "To") or _first(pairs, "To") or "",
            envelope_from=_first(pairs, "sender"),
            envelope_to=_first(pairs, "recipient"),
            message_id=pick("Message-Id"),
            in_reply_to=pick("In-Reply-To"),
            references=pick("References"),
            subject=_first(pairs, "subject") or header(headers, "Subject") or "",
            full_text=_first(pairs, "body-plain") or html_to_text(pick("body-html")),
            stripped_text=_first(pairs, "stripped-text") or None,
            headers=headers,
            fallback_time=fallback,
            attachments=attachments,
            extra_raw={
                "provider": "mailgun",
                "message_url": _first(pairs, "message-url"),
                "attachment_names": [a.name for a in attachments if a.name]
                or _attachment_names(pairs),
            },
        )
        return ParsedWebhook(messages=(to_inbound(fields, business_address=self._business),))

    @staticmethod
    def _signature_fields(request: WebhookRequest) -> tuple[str, str, str]:
        try:
            pairs = request.form_pairs()
        except MalformedPayload as exc:
            raise SignatureError("mailgun post is not a readable form") from exc
        values = []
        for name in ("timestamp", "token", "signature"):
            found = [value for key, value in pairs if key == name]
            if len(found) != 1 or not found[0]:
                raise SignatureError(f"mailgun {name} missing or repeated")
            values.append(found[0])
        return values[0], values[1], values[2]


def _mailgun_headers(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The MIME headers in order, from `message-headers` when present.

    Without it, Mailgun's top-level fields still repeat each header under its own capitalized
    name (its own fields are lower-case: from, subject, body-plain...).
    """
    encoded = _first(pairs, "message-headers")
    if encoded is None:
        return [(key, value) for key, value in pairs if key[:1].isupper()]
    try:
        decoded = json.loads(encoded)
    except json.JSONDecodeError as exc:
        raise MalformedPayload("mailgun message-headers is not JSON") from exc
    if not isinstance(decoded, list) or not all(
        isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)
        for item in decoded
    ):
        raise MalformedPayload("mailgun message-headers is not a list of [name, value]")
    return [(name, value) for name, value in decoded]


def _stored_attachments(encoded: str | None) -> tuple[Attachment, ...]:
    """Store-notify posts describe attachments as JSON with a download URL each."""
    if not encoded:
        return ()
    try:
        items = json.loads(encoded)
    except json.JSONDecodeError:
        return ()  # a forward() post uses this name for nothing we read
    if not isinstance(items, list):
        return ()
    return tuple(
        Attachment(url=item["url"], content_type=item.get("content-type"), name=item.get("name"))
        for item in items
        if isinstance(item, dict) and isinstance(item.get("url"), str)
    )


class SendGridInbound(InboundAdapter):
    """SendGrid Inbound Parse, posted to a URL carrying HTTP Basic credentials."""

    name = "sendgrid"
    channels: tuple[Channel, ...] = (Channel.EMAIL,)

    def __init__(
        self,
        *,
        username: str,
        password: str,
        business_address: str,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._username = username
        self._password = password
        self._business = business_address
        self._now = now

    @classmethod
    def from_settings(cls, settings: Settings, *, now: Callable[[], float] = time.time
                      ) -> SendGridInbound:
        """SENDGRID_INBOUND_USER / _PASSWORD guard the URL; EMAIL_FROM is our own address."""
        return cls(
            now=now,
            username=settings.sendgrid_inbound_user,
            password=settings.sendgrid_inbound_password,
            business_address=settings.email_from,
        )

    def verify(self, request: WebhookRequest) -> None:
        """Check the Basic credentials, comparing both parts in constant time."""
        if not self._username or not self._password:
            raise SignatureError("sendgrid inbound credentials are not configured")
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic" or not encoded:
            raise SignatureError("sendgrid post has no Basic credentials")
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise SignatureError("sendgrid credentials are not base64") from exc
        user, sep, password = decoded.partition(b":")
        user_ok = hmac.compare_digest(user, self._username.encode())
        password_ok = hmac.compare_digest(password, self._password.encode())
        if not (sep and user_ok and password_ok):
            raise SignatureError("sendgrid credentials do not match")

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """One message per post, from the decoded multipart fields."""
        pairs = request.form_pairs()
        headers = _sendgrid_headers(_first(pairs, "headers") or "")
        envelope = _sendgrid_envelope(_first(pairs, "envelope"))
        envelope_to = envelope.get("to") if envelope else None
        fields = EmailFields(
            from_header=_first(pairs, "from") or header(headers, "From") or "",
            to_header=_first(pairs, "to") or header(headers, "To") or "",
            envelope_from=envelope.get("from", "") if envelope else None,
            envelope_to=envelope_to[0] if envelope_to else None,
            message_id=header(headers, "Message-ID") or "",
            in_reply_to=header(headers, "In-Reply-To") or "",
            references=header(headers, "References") or "",
            subject=_first(pairs, "subject") or header(headers, "Subject") or "",
            full_text=_first(pairs, "text") or html_to_text(_first(pairs, "html") or ""),
            headers=headers,
            fallback_time=_from_timestamp(self._now()),
            extra_raw={
                "provider": "sendgrid",
                "spam_score": _first(pairs, "spam_score"),
                "spf": _first(pairs, "SPF"),
                "dkim": _first(pairs, "dkim"),
                "attachment_count": _count(_first(pairs, "attachments")),
                "attachment_names": _attachment_names(pairs),
            },
        )
        return ParsedWebhook(messages=(to_inbound(fields, business_address=self._business),))


def _sendgrid_headers(block: str) -> list[tuple[str, str]]:
    # compat32 never raises on odd header values; it keeps them as the sender wrote them.
    parsed = HeaderParser(policy=compat32).parsestr(block)
    return [(name, str(value)) for name, value in parsed.items()]


def _sendgrid_envelope(encoded: str | None) -> dict[str, Any] | None:
    if encoded is None:
        return None
    try:
        envelope = json.loads(encoded)
    except json.JSONDecodeError as exc:
        raise MalformedPayload("sendgrid envelope is not JSON") from exc
    if not isinstance(envelope, dict):
        raise MalformedPayload("sendgrid envelope is not an object")
    to = envelope.get("to", [])
    sender = envelope.get("from", "")
    if not isinstance(to, list) or not all(isinstance(item, str) for item in to):
        raise MalformedPayload("sendgrid envelope.to is not a list of addresses")
    if sender is not None and not isinstance(sender, str):
        raise MalformedPayload("sendgrid envelope.from is not an address")
    return {"to": to, "from": sender or ""}


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0
