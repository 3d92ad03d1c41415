"""A total told after the message's own counts, as their sum ("26 volunteers plus 4 of us on the
committee, all adults, so 30 total", "10 adults and 5 kids so 15 total"): the writer adding up,
not a new total of guests that replaces an earlier count. The follow-up reader asks of a bare
total whether it counts every guest or the adults ("30: guests in all, or adults?"); when the
message counts its guests itself and they sum to that total, both readings agree, and the
question is dropped. A total that differs from the message's counts stays asked."""

from __future__ import annotations

from orchestrator.reading.guest_record import Guests


def writers_sum(check: tuple[str, str], total: int | None, guests: Guests) -> bool:
    """Whether `check` is the follow-up reader's "N: guests in all, or adults?" for a `total`
    that the message's own counted guests (`guests`, adults said with a number) add up to."""
    if total is None or check != ("change", f"{total}: guests in all, or adults?"):
        return False
    if not guests.adults_said or guests.adults is None or guests.adults_added:
        return False
    return guests.adults + (guests.children or 0) + (guests.toddlers or 0) == total
