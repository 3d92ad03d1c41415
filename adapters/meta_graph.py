"""Meta Send API rules: the messaging window and the mapping of Graph API errors.

Pure functions, no I/O, so the rules are tested without a server. Meta allows a standard reply
within 24 hours of the customer's last message; up to 7 days only a human agent may answer,
with the HUMAN_AGENT tag; after that the conversation is closed until the customer writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from vocabulary.errors import (
    PermanentSendError,
    ReauthRequired,
    SendError,
    SendHeld,
    TransientSendError,
)

STANDARD_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)

REAUTH_CODE = 190
# Application, user, page and "calls to this API" rate limits.
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613})
# Graph's documented "wait and retry" errors: unknown, service, temporary send failure.
TEMPORARY_CODES = frozenset({1, 2, 1200})
# The person cannot receive messages (551) or the page lacks permission (10).
UNREACHABLE_CODES = frozenset({10, 551})
OUTSIDE_WINDOW_SUBCODE = 2018278


class PartialSendError(PermanentSendError):
    """A long reply failed after some of its parts were delivered.

    Not retried automatically: a retry would repeat the parts the customer already has.
    `sent_message_ids` lists the delivered parts' mids.
    """

    def __init__(
        self, message: str, *, code: str | None = None, sent_message_ids: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, code=code)
        self.sent_message_ids = sent_message_ids


def window_fields(
    *, last_inbound_at: datetime | None, now: datetime, human_authored: bool
) -> dict[str, str]:
    """The Send API fields (`messaging_type`, maybe `tag`) allowed now; raise when none is.

    `SendHeld` means staff can still act (edit the reply so it goes as a human agent);
    `PermanentSendError` means Meta will refuse any reply until the customer writes again.
    """
    if last_inbound_at is None:
        raise SendHeld(
            "outside Meta's messaging window: no customer message on record for this "
            "conversation, so Meta does not allow a reply"
        )
    age = _aware(now) - _aware(last_inbound_at)
    if age < STANDARD_WINDOW:
        return {"messaging_type": "RESPONSE"}
    if age >= HUMAN_AGENT_WINDOW:
        raise PermanentSendError(
            "outside Meta's 7-day human agent window: the customer last wrote "
            f"{age.days} days ago; Meta allows no reply until they message again",
            code="window_closed",
        )
    if human_authored:
        return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
    raise SendHeld(
        "outside Meta's 24-hour window: edit the reply to send it as a human agent "
        "(allowed up to 7 days after the customer's last message)"
    )


def _aware(value: datetime) -> datetime:
    # Databases such as SQLite hand back naive datetimes; the gateway stores UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def error_from_response(status: int, body: Any, headers: Mapping[str, str]) -> SendError:
    """The `SendError` for a failed Send API call, from Meta's `{"error": {...}}` body."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code = error.get("code") if isinstance(error.get("code"), int) else None
    subcode = error.get("error_subcode")
    text = str(error.get("message") or f"HTTP {status}")
    label = str(code) if code is not None else str(status)
    if code == REAUTH_CODE:
        return ReauthRequired(f"the Meta page access token needs reauthorization ({text})", code=label)
    if code in RATE_LIMIT_CODES or status == 429:
        return TransientSendError(
            f"Meta rate limit: {text}", code=label, retry_after=_retry_after(headers)
        )
    if code in UNREACHABLE_CODES:
        if subcode == OUTSIDE_WINDOW_SUBCODE:
            return PermanentSendError(f"Meta refused: outside the messaging window ({text})", code=label)
        return PermanentSendError(f"Meta cannot deliver to this person: {text}", code=label)
    if code in TEMPORARY_CODES or status >= 500:
        return TransientSendError(
            f"Meta temporary failure: {text}", code=label, retry_after=_retry_after(headers)
        )
    return PermanentSendError(f"Meta rejected the message: {text}", code=label)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        # An HTTP-date form: let the outbox use its own backoff.
        return None
    return seconds if seconds is not None and seconds >= 0 else None
