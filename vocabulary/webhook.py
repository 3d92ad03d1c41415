"""A webhook request as adapters see it, the answer it gets, and what a channel can carry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_to_bytes

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
        return read_form(self.body)


def read_form(body: bytes) -> list[tuple[str, str]]:
    """A urlencoded body's fields; MalformedPayload for a body that is not UTF-8 or not a form."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedPayload("form body is not UTF-8", reason="form_not_utf8") from exc
    try:
        return parse_form(text)
    except ValueError as exc:
        raise MalformedPayload("form body is not urlencoded", reason="form_not_urlencoded") from exc


def parse_form(text: str) -> list[tuple[str, str]]:
    """A urlencoded form's fields: what `urllib.parse.parse_qsl(text, keep_blank_values=True,
    strict_parsing=bool(text))` returns or raises (ValueError for a field with no "="), faster.

    parse_qsl runs every name and value through `unquote`, two Python calls and a regex split a
    field; a provider's form has some twenty fields, most with nothing to decode (a Twilio
    webhook: three of nineteen). Here a field with no "%" and no "+" is taken as it is, and a
    field that is ASCII (as urlencoded text is) is decoded as `unquote` decodes it, in one step.
    """
    if not text:
        return []
    pairs: list[tuple[str, str]] = []
    for field_ in text.split("&"):
        name, equals, value = field_.partition("=")
        if not equals:
            raise ValueError(f"bad query field: {field_!r}")
        if "%" in name or "+" in name:
            name = _unquote_plus(name)
        if "%" in value or "+" in value:
            value = _unquote_plus(value)
        pairs.append((name, value))
    return pairs


def _unquote_plus(text: str) -> str:
    """parse_qsl's decoding of one name or value: "+" is a space, then %XX escapes as UTF-8
    (bytes that are not UTF-8 replaced)."""
    text = text.replace("+", " ")
    if "%" not in text:
        return text
    if text.isascii():  # unquote's one ASCII run
        return unquote_to_bytes(text).decode("utf-8", "replace")
    return unquote(text)
