"""Provider-independent email normalization shared by the Mailgun and SendGrid inbound adapters.

Each inbound adapter extracts an `EmailFields` from its webhook; `to_inbound` turns it into the
gateway's `InboundMessage`: bare addresses, "<...>" message ids, the reply without quoted history
or signature, and the auto-reply verdict that keeps the gateway out of mail loops.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from adapters.email_body import newest_of, parsed_body
from adapters.email_thread import quoted_turns
from vocabulary.errors import MalformedPayload
from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    ParsedWebhook,
    SkippedEvent,
)
from vocabulary.quoted_thread import write_thread
from vocabulary.timestamps import checked_time

_MSG_ID = re.compile(r"<([^<>\s]+)>")
# Ids the gateway makes up for mail that came without a Message-ID; ".invalid" never resolves.
DERIVED_ID_DOMAIN = "derived.invalid"
# The inbound providers (SendGrid 2009, Mailgun 2010) relay nothing written before they existed.
EMAIL_SINCE = datetime(2009, 1, 1, tzinfo=UTC)
_AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk"}
_DAEMON_LOCAL_PARTS = {"mailer-daemon", "postmaster"}
_NULL_SENDERS = {"", "<>"}
# Headers copied into `raw` so later steps (and people reading the database) can see why a
# message was classified the way it was, without storing every Received line.
_RAW_HEADERS = (
    "Date",
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "Precedence",
    "Return-Path",
    "List-Id",
)


@dataclass(frozen=True, slots=True)
class EmailFields:
    """What an inbound email webhook carried, before normalization.

    `envelope_from` is None when the provider did not say (not the same as an empty, bounce-style
    envelope sender ""). `stripped_text` is the provider's own reply extraction, when it has one.
    """

    from_header: str
    to_header: str
    message_id: str
    subject: str
    full_text: str
    headers: Sequence[tuple[str, str]]
    fallback_time: datetime
    envelope_from: str | None = None
    envelope_to: str | None = None
    in_reply_to: str = ""
    references: str = ""
    stripped_text: str | None = None
    attachments: tuple[Attachment, ...] = ()
    extra_raw: Mapping[str, Any] = field(default_factory=dict)


def header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    """The first value of header `name` (case-insensitive), or None."""
    wanted = name.lower()
    for key, value in headers:
        if key.lower() == wanted:
            return value
    return None


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words ("=?UTF-8?B?...?="); leave plain text alone."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return value


def bare_address(value: str) -> str:
    """The first address in a header value, lower-cased, without display name or brackets."""
    pairs = getaddresses([decode_words(value)])
    for _name, address in pairs:
        if "@" in address:
            return address.strip().lower()
    return ""


def display_name(value: str) -> str | None:
    name, _address = parseaddr(decode_words(value))
    return name.strip() or None


def message_ids(value: str) -> list[str]:
    """Every message id in a header value, each as "<...>"; bare ids are accepted too."""
    found = _MSG_ID.findall(value)
    if not found:
        found = [token.strip("<>") for token in value.split() if token.strip("<>")]
    return [f"<{item}>" for item in found]


def derived_message_id(fields: EmailFields) -> str:
    """A stable id for mail without a Message-ID: the same email posted again (a provider
    retry) gets the same id, so it is stored once. Made of the sender, the Date header, the
    subject and the body."""
    parts = (
        bare_address(fields.from_header),
        (header(fields.headers, "Date") or "").strip(),
        decode_words(fields.subject).strip(),
        fields.full_text.replace("\r\n", "\n").strip(),
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"<{digest[:40]}@{DERIVED_ID_DOMAIN}>"


def strip_reply(full_text: str, business: str = "") -> str:
    """The newest reply of a plain-text body: quoted history, sign-off and contact block removed,
    a forwarded message's body kept after the note (`email_body.newest_reply`); a quoted thread
    answering the quote of the business whose own From is `business` written after it as turns
    (`email_thread.quoted_turns`; none when `business` is not given).

    Hyphen lists are kept (the parser would otherwise take "- 10 adults" for a signature), and
    when stripping leaves nothing the whole body is kept rather than losing the message.
    """
    text = full_text.replace("\r\n", "\n").strip()
    if not text:
        return ""
    parsed = parsed_body(text)  # once, for the newest reply and the thread
    newest = newest_of(parsed)
    if not newest:
        return text
    turns = quoted_turns(text, parsed, business=business)
    return write_thread(newest, turns)  # read as history when it has none


class _TextExtractor(HTMLParser):
    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})
    _SKIP = frozenset({"style", "script", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.chunks.append(data)


def html_to_text(html: str) -> str:
    """Rough plain text of an HTML-only email, so a reply can still be drafted from it."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    text = "".join(extractor.chunks)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def auto_reply_reason(fields: EmailFields, business_address: str) -> str | None:
    """Why this email must never be answered (auto reply, bounce, our own mail), or None."""
    headers = fields.headers
    auto_submitted = (header(headers, "Auto-Submitted") or "").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted:{auto_submitted}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if header(headers, name) is not None:
            return name.lower()
    precedence = (header(headers, "Precedence") or "").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"precedence:{precedence}"
    sender = bare_address(fields.from_header)
    if sender.split("@", 1)[0] in _DAEMON_LOCAL_PARTS:
        return "mailer-daemon"
    if fields.envelope_from is not None and fields.envelope_from.strip() in _NULL_SENDERS:
        return "null-envelope-sender"
    for name in ("Return-Path", "X-Envelope-From"):
        value = header(headers, name)
        if value is not None and value.strip() in _NULL_SENDERS:
            return "null-envelope-sender"
    business = bare_address(business_address)
    if business and sender == business:
        return "own-address"
    return None


def received_at(fields: EmailFields) -> tuple[datetime, SkippedEvent | None]:
    """The Date header in UTC, or the provider's receive time when Date is absent or invalid;
    a Date before the providers existed or days ahead is replaced too, with a note."""
    value = header(fields.headers, "Date")
    if value:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return checked_time(parsed.astimezone(UTC), since=EMAIL_SINCE,
                                now=fields.fallback_time, what="email Date header")
    return fields.fallback_time, None


def thread_ref(fields: EmailFields) -> tuple[str, ...]:
    """In-Reply-To first, then References, without repeats."""
    ordered = message_ids(fields.in_reply_to) + message_ids(fields.references)
    return tuple(dict.fromkeys(ordered))


def to_inbound(fields: EmailFields, *, business_address: str) -> InboundMessage:
    """Normalize one inbound email (see `to_parsed`)."""
    return to_parsed(fields, business_address=business_address).messages[0]


def to_parsed(
    fields: EmailFields, *, business_address: str, source: str = "email"
) -> ParsedWebhook:
    """Normalize one inbound email, with notes on what had to be made up or replaced.

    Raise `MalformedPayload` when no sender address can be found (`source` names the post in
    the message). A missing Message-ID is derived (`derived_message_id`), not refused.
    """
    sender = bare_address(fields.from_header)
    if not sender:
        raise MalformedPayload(f"{source} has no sender address in From", reason="no_sender")
    notes: list[SkippedEvent] = []
    ids = message_ids(fields.message_id)
    message_id = ids[0] if ids else derived_message_id(fields)
    if not ids:
        notes.append(SkippedEvent("no_message_id", f"{source} from {sender}: no Message-ID; "
                                  f"stored as {message_id}", stored=True))
    recipient = bare_address(fields.envelope_to or "") or bare_address(fields.to_header)
    stripped = fields.stripped_text
    text = (stripped.replace("\r\n", "\n").strip() if stripped
            else strip_reply(fields.full_text, business_address))
    reason = auto_reply_reason(fields, business_address)
    when, note = received_at(fields)
    notes.extend([note] if note else [])
    raw: dict[str, Any] = {
        "full_text": fields.full_text,
        "from": fields.from_header,
        "to": fields.to_header,
        "envelope_from": fields.envelope_from,
        "headers": {
            name: value
            for name in _RAW_HEADERS
            if (value := header(fields.headers, name)) is not None
        },
        **fields.extra_raw,
    }
    if not ids:
        raw["message_id_derived"] = True
    if reason is not None:
        raw["auto_reply_reason"] = reason
    message = InboundMessage(
        channel=Channel.EMAIL,
        provider_message_id=message_id,
        sender=sender,
        recipient=recipient,
        text=text,
        received_at=when,
        kind=InboundKind.AUTO_REPLY if reason is not None else InboundKind.MESSAGE,
        attachments=fields.attachments,
        sender_name=display_name(fields.from_header),
        subject=decode_words(fields.subject) or None,
        thread_ref=thread_ref(fields),
        raw=raw,
    )
    return ParsedWebhook(messages=(message,), skipped=tuple(notes))
