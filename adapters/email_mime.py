"""Raw email content for the inbound adapters: the exact bytes of each posted form field, text
decoded by the charset the provider names, and a whole MIME message read with the standard
library's email parser (Mailgun `body-mime` routes, SendGrid "POST the raw, full MIME message").

The web layer decodes form fields as UTF-8 (falling back to latin-1), which loses a body sent in
another charset; so the fields are read again here from the request's raw bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value
from urllib.parse import parse_qsl

from vocabulary.errors import MalformedPayload
from vocabulary.webhook import WebhookRequest

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ATTACHMENT_FIELD = re.compile(r"attachment-?\d+")


def first_value(pairs: Sequence[tuple[str, str]], name: str) -> str | None:
    """The first value of form field `name`, or None."""
    for key, value in pairs:
        if key == name:
            return value
    return None


def attachment_names(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """File part names; the web layer gives each file part as (field name, file name)."""
    return [value for key, value in pairs if _ATTACHMENT_FIELD.fullmatch(key) and value]


def field_bytes(request: WebhookRequest) -> dict[str, bytes]:
    """Each form field's exact bytes (the first one of a repeated name; file parts left out),
    read from the raw body; empty when the request carries only already-decoded fields."""
    content_type = request.headers.get("content-type", "")
    if not request.body:
        return {}
    if content_type.startswith("multipart/form-data"):
        return _multipart_fields(content_type, request.body)
    if content_type.startswith("application/x-www-form-urlencoded"):
        try:
            text = request.body.decode("ascii")
        except UnicodeDecodeError:
            return {}
        found: dict[str, bytes] = {}
        # latin-1 maps each percent-decoded byte to one character, so encoding back is exact.
        for name, value in parse_qsl(text, keep_blank_values=True, encoding="latin-1"):
            found.setdefault(name, value.encode("latin-1"))
        return found
    return {}


def _multipart_fields(content_type: str, body: bytes) -> dict[str, bytes]:
    head = b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    parsed = BytesParser(policy=policy.compat32).parsebytes(head + body)
    if not parsed.is_multipart():
        return {}
    found: dict[str, bytes] = {}
    for part in parsed.get_payload():
        if not isinstance(part, Message) or part.get_filename() is not None:
            continue
        name = part.get_param("name", header="content-disposition")
        if name is None:
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            found.setdefault(collapse_rfc2231_value(name), payload)
    return found


def decode_text(raw: bytes, charset: str | None) -> str:
    """Bytes in the charset the provider named; UTF-8, then replacement, when it is wrong."""
    for codec in (charset, "utf-8"):
        if not codec:
            continue
        try:
            return raw.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


@dataclass(frozen=True, slots=True)
class MimeEmail:
    """What the gateway reads of a raw MIME message: headers in order (raw values, unfolded),
    the plain-text body (or text made from the HTML part) and the attachments' names."""

    headers: list[tuple[str, str]]
    text: str
    html: str
    attachments: list[tuple[str, str]] = field(default_factory=list)


def parse_mime(raw: bytes, *, where: str) -> MimeEmail:
    """Read a whole MIME message; `MalformedPayload` names `where` when it has no headers."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    headers = [(name, _FOLD.sub("", str(value))) for name, value in message.raw_items()]
    if not any(name.lower() in ("from", "message-id", "date", "subject") for name, _ in headers):
        raise MalformedPayload(f"{where} is not a MIME message (no From, Date or Subject header)",
                               reason="mime_unreadable")
    attachments = [
        (part.get_filename() or "", part.get_content_type()) for part in message.iter_attachments()
    ]
    return MimeEmail(
        headers=headers,
        text=_body(message, "plain"),
        html=_body(message, "html"),
        attachments=attachments,
    )


def _body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown or garbled charset name
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""
