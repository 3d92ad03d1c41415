"""Outbound email: a threaded reply (In-Reply-To, References, Re: subject) sent over SMTP."""

from __future__ import annotations

import html
import logging
import re
from email.message import EmailMessage
from email.utils import formataddr, make_msgid, parseaddr

import aiosmtplib

from adapters.base import Sender
from adapters.email_headers import clean_header, clean_message_id
from adapters.text import TooLong, fit_to_limits
from vocabulary.errors import PermanentSendError, SendError, TransientSendError
from vocabulary.messages import Channel, OutboundMessage, SendResult
from vocabulary.settings import Settings
from vocabulary.webhook import ChannelLimits

logger = logging.getLogger(__name__)

_LIMITS = ChannelLimits(max_chars=20000, max_parts=1)
LIMITS = {Channel.EMAIL: _LIMITS}
_RE_PREFIX = re.compile(r"^\s*(re|aw|sv)(\[\d+\])?\s*:", re.IGNORECASE)
_SMTP_TIMEOUT_SECONDS = 30.0
_BARE_ADDRESS = re.compile(r"[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+")


class EmailSender(Sender):
    """Sends replies through an SMTP relay (the same account Mailgun or SendGrid provides)."""

    name = "email"
    channels: tuple[Channel, ...] = (Channel.EMAIL,)

    def __init__(
        self,
        *,
        host: str,
        port: int,
        username: str,
        password: str,
        starttls: bool,
        use_tls: bool = False,
        from_address: str,
        business_name: str,
        timeout: float = _SMTP_TIMEOUT_SECONDS,
    ) -> None:
        self._host = host
        self._port = port
        self._username = username
        self._password = password
        self._starttls = starttls
        self._use_tls = use_tls
        name, address = parseaddr(from_address)
        self._from_address = address
        self._business_name = business_name or name
        self._timeout = timeout

    @classmethod
    def from_settings(cls, settings: Settings, *, business_name: str | None = None) -> EmailSender:
        """SMTP_* settings; port 465 means implicit TLS. The name defaults to EMAIL_FROM's."""
        implicit_tls = settings.smtp_port == 465
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls and not implicit_tls,
            use_tls=implicit_tls,
            from_address=settings.email_from,
            business_name=business_name or parseaddr(settings.email_from)[0],
        )

    def limits(self, channel: Channel) -> ChannelLimits:
        """One email of up to 20,000 characters."""
        return _LIMITS

    def build(self, message: OutboundMessage) -> EmailMessage:
        """The reply as a MIME message (plain text with an HTML alternative), ready to send."""
        if not self._from_address or "@" not in self._from_address:
            raise PermanentSendError("EMAIL_FROM is not an address", code="config")
        try:
            (body,) = fit_to_limits(message.text, _LIMITS) or [""]
        except TooLong as exc:
            raise PermanentSendError(str(exc), code="too_long") from exc
        if not body:
            raise PermanentSendError("empty reply", code="empty")
        domain = self._from_address.rsplit("@", 1)[1]
        # Every header value below passes through clean_header: the subject and names are
        # outside text, and one line break would make the email library refuse the reply.
        name = clean_header(self._business_name)
        email = EmailMessage()
        email["From"] = formataddr((name, self._from_address))
        email["To"] = message.recipient
        email["Subject"] = reply_subject(clean_header(message.subject), name)
        # Stable across retries of one outbox entry, so a receiving server can drop a duplicate
        # delivered after an unclear SMTP failure.
        email["Message-ID"] = (
            f"<reply-{_id_safe(message.idempotency_key)}@{domain}>"
            if message.idempotency_key
            else make_msgid(domain=domain)
        )
        in_reply_to = clean_message_id(message.in_reply_to or "")
        if in_reply_to:
            email["In-Reply-To"] = in_reply_to
        references = _references(message.references, message.in_reply_to)
        if references:
            email["References"] = " ".join(references)
        email.set_content(body)
        email.add_alternative(text_to_html(body), subtype="html")
        return email

    async def send(self, message: OutboundMessage) -> SendResult:
        """Build and relay the reply; the generated Message-ID is the provider message id."""
        if not self._host:
            raise PermanentSendError("SMTP_HOST is not configured", code="config")
        _check_recipient(message.recipient)
        email = self.build(message)
        try:
            await aiosmtplib.send(
                email,
                sender=self._from_address,
                recipients=[message.recipient],
                hostname=self._host,
                port=self._port,
                username=self._username or None,
                password=self._password or None,
                start_tls=self._starttls,
                use_tls=self._use_tls,
                timeout=self._timeout,
            )
        except aiosmtplib.SMTPException as exc:
            raise _send_error(exc) from exc
        except OSError as exc:
            raise TransientSendError(f"SMTP connection failed: {exc}", code="connect") from exc
        message_id = str(email["Message-ID"])
        return SendResult(provider_message_id=message_id, raw={"smtp_host": self._host})


def reply_subject(subject: str | None, business_name: str) -> str:
    """'Re: <subject>' without stacking prefixes; a fresh subject when there was none."""
    subject = (subject or "").strip()
    if not subject:
        return f"Your message to {business_name}" if business_name else "Your message"
    if _RE_PREFIX.match(subject):
        return subject
    return f"Re: {subject}"


def text_to_html(text: str) -> str:
    """A minimal HTML alternative: escaped paragraphs, single newlines as <br>."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    rendered = ("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return "<!DOCTYPE html>\n<html><body>\n" + "\n".join(rendered) + "\n</body></html>\n"


def _references(references: tuple[str, ...], in_reply_to: str | None) -> list[str]:
    ordered = [*references, *([in_reply_to] if in_reply_to else [])]
    cleaned = (clean_message_id(ref) for ref in ordered if ref)
    return list(dict.fromkeys(ref for ref in cleaned if ref))


def _check_recipient(recipient: str) -> None:
    # One bare address only: no display name, list or line break can ride in the To header.
    if not _BARE_ADDRESS.fullmatch(recipient) or clean_header(recipient) != recipient:
        raise PermanentSendError(f"not an email address: {recipient!r}", code="address")


def _send_error(exc: aiosmtplib.SMTPException) -> SendError:
    """5xx replies cannot succeed on retry; 4xx, timeouts and disconnects can."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [refused.code for refused in exc.recipients]
        if codes and all(400 <= code < 500 for code in codes):
            return TransientSendError(str(exc), code=str(codes[0]))
        return PermanentSendError(str(exc), code=str(codes[0]) if codes else None)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        code = str(exc.code)
        if 500 <= exc.code < 600:
            return PermanentSendError(exc.message, code=code)
        return TransientSendError(exc.message, code=code)
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        # e.g. STARTTLS required by our settings but not offered: a configuration problem.
        return PermanentSendError(str(exc), code="not_supported")
    # Timeouts, disconnects, connect errors.
    return TransientSendError(str(exc), code=type(exc).__name__)


def _id_safe(key: str) -> str:
    """A Message-ID local part from an idempotency key (letters, digits, dots and dashes)."""
    return re.sub(r"[^A-Za-z0-9.-]", "-", key)
