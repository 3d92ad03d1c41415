"""The adapter interface every channel module implements, and its errors.

An adapter verifies a webhook request, parses its body into normalized messages (pure, no I/O)
and sends a reply. It never touches the database or the web framework: the app layer hands it a
`WebhookRequest` and stores what it returns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import parse_qsl

from app.messages import Channel, OutboundMessage, ParsedWebhook, SendResult


class AdapterError(Exception):
    """Base class of adapter errors."""


class SignatureError(AdapterError):
    """The request is not signed by the provider (answer 403, store nothing)."""


class MalformedPayload(AdapterError):
    """The request is signed but its body cannot be read (answer 400, store nothing)."""


class SendError(AdapterError):
    """A send failed. `code` is the provider's error code when it gave one."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class TransientSendError(SendError):
    """Worth retrying later: timeouts, 5xx, rate limits. `retry_after` is in seconds."""

    def __init__(
        self, message: str, *, code: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


class PermanentSendError(SendError):
    """Retrying cannot help: invalid number, blocked, opted out, bad credentials."""


class SendHeld(SendError):
    """The channel's rules forbid sending this now (messaging window); staff must act."""


@dataclass(frozen=True, slots=True)
class ChannelLimits:
    """What a channel can carry, used centrally to shape every outbound text.

    `max_chars` is one provider message; `max_parts` how many messages one reply may become;
    `counts_segments` marks SMS-like channels whose cost is per GSM/UCS-2 segment.
    """

    max_chars: int
    max_parts: int = 1
    counts_segments: bool = False
    supports_buttons: bool = False


@dataclass(frozen=True, slots=True)
class WebhookRequest:
    """The parts of an HTTP request an adapter needs, independent of the web framework.

    `url` is the public URL the provider called (PUBLIC_BASE_URL + path + query), `headers` has
    lower-case names, `form` holds decoded form fields for form-encoded and multipart bodies.
    """

    url: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    form: Sequence[tuple[str, str]] | None = None

    def form_pairs(self) -> list[tuple[str, str]]:
        """The form fields, parsing a urlencoded body when the web layer did not."""
        if self.form is not None:
            return list(self.form)
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedPayload("form body is not UTF-8") from exc
        try:
            return parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
        except ValueError as exc:
            raise MalformedPayload("form body is not urlencoded") from exc


class ChannelAdapter(Protocol):
    """One provider (which may serve several channels, as Twilio serves SMS and WhatsApp)."""

    name: str
    channels: tuple[Channel, ...]

    def limits(self, channel: Channel) -> ChannelLimits:
        """The limits of one of this adapter's channels."""
        ...

    def verify(self, request: WebhookRequest) -> None:
        """Raise `SignatureError` unless the provider signed this request."""
        ...

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """Turn a verified request into messages and statuses; raise `MalformedPayload`."""
        ...

    async def send(self, message: OutboundMessage) -> SendResult:
        """Deliver one reply; raise a `SendError` subclass on failure."""
        ...
