"""Provider timestamps: epoch numbers whose unit is read from their size, and the range a real
message time can fall in.

Providers disagree on units (Meta sends milliseconds, but its dashboard samples send seconds as
strings; Telegram and Mailgun send seconds). No real message was sent before the provider
existed or days from now, so such a time is replaced by the receive time and reported.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation

from vocabulary.messages import SkippedEvent

# 1e11 seconds is the year 5138, 1e11 milliseconds is March 1973: no real message time is
# ambiguous between the two. Above 1e14 the number can only be microseconds.
_MILLIS_FROM = 100_000_000_000
_MICROS_FROM = 100_000_000_000_000
# Clocks drift and mail clients lie about zones by hours; days ahead is a wrong clock.
MAX_AHEAD = timedelta(days=1)
TIMESTAMP_REASON = "timestamp_out_of_range"


def from_epoch(value: object) -> datetime | None:
    """An epoch time (int, float or a string of digits) as aware UTC, with its unit read from
    its magnitude: seconds, milliseconds or microseconds. None when it is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or number < 0:
        return None
    if number >= _MICROS_FROM:
        number /= 1_000_000
    elif number >= _MILLIS_FROM:
        number /= 1000
    whole = int(number)
    micros = int((number - whole) * 1_000_000)
    try:
        return datetime.fromtimestamp(whole, UTC) + timedelta(microseconds=micros)
    except (OverflowError, OSError, ValueError):
        return None


def checked_time(
    when: datetime | None, *, since: datetime, now: datetime, what: str
) -> tuple[datetime, SkippedEvent | None]:
    """`when` if a real message could carry it, else `now` and a note saying what was replaced.

    `since` is when the provider started (nothing it sends is older); `what` names the event
    in the note.
    """
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when is not None and since <= when <= now + MAX_AHEAD:
        return when, None
    shown = when.isoformat() if when is not None else "missing or unreadable"
    note = SkippedEvent(
        reason=TIMESTAMP_REASON,
        detail=f"{what}: time {shown} is not plausible; stored with the receive time",
        stored=True,
    )
    return now, note
