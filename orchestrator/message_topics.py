"""The topics one message asks about, read beside its guests dropping out. Split from
`extraction` by role."""

from __future__ import annotations

from orchestrator.complaints import is_complaint
from orchestrator.reading.blanking import hide
from orchestrator.reading.followups import read_follow_up
from orchestrator.topics import detect_topics


def message_topics(plain: str) -> tuple[frozenset[str], bool]:
    """Topics asked about in the message `plain` (`normalize`d without a catalog), and whether it
    is a complaint; the words of guests dropping out ("3 people cancelled") are no question
    about cancelling the booking (but stay in the complaint's reading)."""
    follow = read_follow_up(plain)
    if not follow.changes:
        topics = detect_topics(plain)
        return topics, "complaint" in topics
    return detect_topics(hide(plain, follow.hidden)), is_complaint(plain)
