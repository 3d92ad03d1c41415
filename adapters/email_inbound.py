"""Inbound email webhooks from Mailgun routes (signed form posts): parsed `forward()` and
`store(notify=...)` posts, and raw-MIME routes (a URL ending in `mime`, the message in
`body-mime`). SendGrid Inbound Parse is in `adapters.email_sendgrid`. Both normalize through
`adapters.email_normalize`.

These classes only receive; replies go out through `adapters.email_send.EmailSender`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from adapters.base import InboundAdapter
from adapters.email_mime import attachment_names as _attachment_names
from adapters.email_mime import field_bytes, parse_mime
from adapters.email_mime import first_value as _first
from adapters.email_normalize import EmailFields, header, html_to_text, to_parsed
from vocabulary.errors import MalformedPayload, SignatureError
from vocabulary.messages import Attachment, Channel, ParsedWebhook
from vocabulary.settings import Settings
from vocabulary.webhook import WebhookRequest


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
        """One message per post; repeated fields (Received) are read as pairs. A raw-MIME route
        posts the whole message in `body-mime`, read with the standard library's parser."""
        pairs = request.form_pairs()
        timestamp = _first(pairs, "timestamp") or ""
        fallback = (
            _from_timestamp(float(timestamp))
            if timestamp.isdigit()
            else _from_timestamp(self._now())
        )
        if _first(pairs, "body-mime") is not None:
            fields = self._mime_fields(request, pairs, fallback)
        else:
            fields = self._parsed_fields(pairs, fallback)
        return to_parsed(fields, business_address=self._business, source="mailgun post")

    @staticmethod
    def _parsed_fields(pairs: Sequence[tuple[str, str]], fallback: datetime) -> EmailFields:
        if not any(_first(pairs, name) is not None
                   for name in ("body-plain", "body-html", "stripped-text", "message-headers")):
            raise MalformedPayload(
                "mailgun post has no body-plain, body-html, message-headers or body-mime: not a "
                "forward() or store(notify=...) post", reason="not_a_route_post")
        headers = _mailgun_headers(pairs)

        def pick(name: str) -> str:
            return _first(pairs, name) or header(headers, name) or ""

        attachments = _stored_attachments(_first(pairs, "attachments"))
        return EmailFields(
            from_header=_first(pairs, "from") or header(headers, "From")
            or _first(pairs, "sender") or "",
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

    @staticmethod
    def _mime_fields(
        request: WebhookRequest, pairs: Sequence[tuple[str, str]], fallback: datetime
    ) -> EmailFields:
        raw = field_bytes(request).get("body-mime")
        if raw is None:  # fields the web layer already decoded: as close as can be had
            raw = (_first(pairs, "body-mime") or "").encode("utf-8", "surrogateescape")
        mime = parse_mime(raw, where="mailgun body-mime")
        headers = mime.headers
        return EmailFields(
            from_header=header(headers, "From") or _first(pairs, "from")
            or _first(pairs, "sender") or "",
            to_header=header(headers, "To") or "",
            envelope_from=_first(pairs, "sender"),
            envelope_to=_first(pairs, "recipient"),
            message_id=header(headers, "Message-Id") or "",
            in_reply_to=header(headers, "In-Reply-To") or "",
            references=header(headers, "References") or "",
            subject=header(headers, "Subject") or _first(pairs, "subject") or "",
            full_text=mime.text or html_to_text(mime.html),
            headers=headers,
            fallback_time=fallback,
            extra_raw={
                "provider": "mailgun",
                "delivery": "mime",
                "attachment_names": [name for name, _type in mime.attachments if name],
            },
        )

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
        raise MalformedPayload("mailgun message-headers is not JSON",
                               reason="bad_message_headers") from exc
    if not isinstance(decoded, list) or not all(
        isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)
        for item in decoded
    ):
        raise MalformedPayload("mailgun message-headers is not a list of [name, value]",
                               reason="bad_message_headers")
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
