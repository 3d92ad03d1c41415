"""A webhook request as adapters see it, the answer it gets, and what a channel can carry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from vocabulary.errors import MalformedPayload


@dataclass(frozen=True, slots=True)
class ChannelLimits:
    """What a channel can carry, used centrally to shape every outbound text.

    `max_chars` is one provider message; `max_parts` how many messages one reply may become;
    `counts_segments` marks SMS-like channels whose cost is per GSM/UCS-2 segment.
    """

    max_chars: int
    max_parts: int = 1
    counts_segments: bool = False


@dataclass(frozen=True, slots=True)
class Ack:
    """What the gateway answers a provider for a delivery it accepted: a 200 with this body.

    Most providers want any 200; Twilio's messaging webhook expects TwiML.
    """

    body: str = ""
    media_type: str | None = None


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
            raise MalformedPayload("form body is not UTF-8", reason="form_not_utf8") from exc
        try:
            return parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
        except ValueError as exc:
            raise MalformedPayload("form body is not urlencoded", reason="form_not_urlencoded") from exc
