"""SendGrid Inbound Parse, posted as multipart to a URL behind HTTP Basic credentials.

Two settings exist and both are read: the default posts the message already split into fields
(headers, text, html...) with `charsets` naming each field's charset, which is honoured (the text
of a latin-1 email arrives in latin-1); "POST the raw, full MIME message" posts it whole in the
`email` field, read with the standard library's email parser.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from email.parser import HeaderParser
from email.policy import compat32
from typing import Any

from adapters.base import InboundAdapter
from adapters.email_mime import attachment_names as _attachment_names
from adapters.email_mime import decode_text, field_bytes, parse_mime
from adapters.email_mime import first_value as _first
from adapters.email_normalize import EmailFields, header, html_to_text, to_parsed
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import Channel, ParsedWebhook
from vocabulary.settings import Settings
from vocabulary.webhook import WebhookRequest


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
        """One message per post, parsed fields or raw MIME (see the module docstring)."""
        pairs = request.form_pairs()
        exact = field_bytes(request)
        if _first(pairs, "email") is not None:
            raw = exact.get("email") or (_first(pairs, "email") or "").encode("utf-8", "replace")
            mime = parse_mime(raw, where="sendgrid email field")
            headers, text, html = mime.headers, mime.text, mime.html
            names = [name for name, _type in mime.attachments if name]
        elif _first(pairs, "headers") is not None:
            charsets = _charsets(_first(pairs, "charsets"))
            headers = _sendgrid_headers(_first(pairs, "headers") or "")
            text = _field(pairs, exact, charsets, "text")
            html = _field(pairs, exact, charsets, "html")
            names = _attachment_names(pairs)
        else:
            raise MalformedPayload("sendgrid post has neither a headers field (parsed mode) nor "
                                   "an email field (raw MIME mode)", reason="not_inbound_parse")
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
            full_text=text or html_to_text(html),
            headers=headers,
            fallback_time=datetime.fromtimestamp(self._now(), UTC),
            extra_raw={
                "provider": "sendgrid",
                "spam_score": _first(pairs, "spam_score"),
                "spf": _first(pairs, "SPF"),
                "dkim": _first(pairs, "dkim"),
                "attachment_count": _count(_first(pairs, "attachments")) or len(names),
                "attachment_names": names,
                **({"delivery": "mime"} if _first(pairs, "email") is not None else {}),
            },
        )
        return to_parsed(fields, business_address=self._business, source="sendgrid post")


def _charsets(encoded: str | None) -> Mapping[str, str]:
    """SendGrid's `charsets` field: each field's charset (e.g. {"text": "iso-8859-1"})."""
    try:
        value = json.loads(encoded) if encoded else {}
    except json.JSONDecodeError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _field(
    pairs: Sequence[tuple[str, str]], exact: Mapping[str, bytes], charsets: Mapping[str, str],
    name: str,
) -> str:
    """A body field in the charset SendGrid named for it, read from its exact bytes."""
    if name in exact:
        return decode_text(exact[name], charsets.get(name))
    return _first(pairs, name) or ""


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
        raise MalformedPayload("sendgrid envelope is not JSON", reason="bad_envelope") from exc
    if not isinstance(envelope, dict):
        raise MalformedPayload("sendgrid envelope is not an object", reason="bad_envelope")
    to = envelope.get("to", [])
    sender = envelope.get("from", "")
    if not isinstance(to, list) or not all(isinstance(item, str) for item in to):
        raise MalformedPayload("sendgrid envelope.to is not a list of addresses",
                               reason="bad_envelope")
    if sender is not None and not isinstance(sender, str):
        raise MalformedPayload("sendgrid envelope.from is not an address", reason="bad_envelope")
    return {"to": to, "from": sender or ""}


def _count(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0
