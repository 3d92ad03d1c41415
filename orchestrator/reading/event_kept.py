"""One of two events kept in a later message: "can u do 2 parties? fri 15 adults chicken n shrimp,
sat 25 adults filet n lobster. both 95632", then "saturday fell thru so just friday" (or "skip the
Saturday lunch, so just the Sunday dinner"). Each event was its own booking (`two_events`); the
later message leaves one, so the earlier message is read as that event's order alone: its part
from the kept day's name to the other's (or to a word said of both, "both 95632"), with what
both share (the ZIP, "both chicken and NY strip") kept. Only when the earlier message names two
days, each with its own count, and the later one names which day stays (round q79d); otherwise
the messages are read as they were, and the two events asked."""

from __future__ import annotations

import re
from collections.abc import Sequence

_DAY = r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\b"
_DAY_RE = re.compile(_DAY, re.IGNORECASE)
# "just friday", "only the Sunday dinner", "just the sunday one"
_KEPT = re.compile(r"\b(?:just|only)\s+(?:the\s+)?" + _DAY, re.IGNORECASE)
# "skip the Saturday lunch", "cancel saturday", "saturday fell thru", "sat is off"
_DROPPED = re.compile(
    r"\b(?:skip|skipping|cancel\w*|drop\w*|scratch|nix)\s+(?:the\s+)?" + _DAY
    + r"|" + _DAY + r"(?:\s+[a-z]+)?\s+(?:fell\s+(?:thru|through)|is\s+(?:off|cancel\w*)|"
    r"got\s+cancel\w*|(?:is\s+)?not\s+happening)",
    re.IGNORECASE,
)
_COUNT = re.compile(r"\b\d{1,3}\s+(?:adults|people|guests|ppl)\b", re.IGNORECASE)
# where the last event's own words end: a word said of both ("both chicken", "both 95632")
_SHARED = re.compile(r"[,.;]?\s*\bboth\b", re.IGNORECASE)
# "2 parties", "two events": the count of events, no longer two
_TWO = re.compile(
    r"\b(?:2|two)\s+(?:separate\s+|different\s+)?(?:parties|events|dinners|lunches|bookings)\b",
    re.IGNORECASE,
)


# "maybe just saturday", "not sure which one": no day settled
_UNSURE = re.compile(r"\b(?:maybe|might|not sure|unsure|possibly|probably|idk|which one|or)\b|\?")


# "a few of them will come friday instead": guests of the dropped event moved to the one kept,
# a count the earlier message does not give, so the messages are read as they are (round q79o)
_MOVED = re.compile(
    r"\b(?:of them|some of|a few|few of|they|those|them|(?:will|can|could|gonna|might|may)\s+"
    r"(?:still\s+)?(?:come|join|make it))\b",
    re.IGNORECASE,
)


def _sentence(text: str, at: int) -> str:
    """The sentence of `text` around index `at`, its closing mark included."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := text.find(c, at)) >= 0]
    return text[start : min(ends) + 1 if ends else len(text)]


def _day_kept(text: str) -> tuple[str | None, str | None]:
    """The day `text` keeps and the day it drops (three letters each), either None; none when
    it is unsure which ("maybe just saturday?")."""
    found = [*_KEPT.finditer(text), *_DROPPED.finditer(text)]
    if any(_UNSURE.search(_sentence(text.lower(), m.start())) for m in found):
        return None, None
    kept = {m.group(1).lower() for m in _KEPT.finditer(text)}
    dropped = {(m.group(1) or m.group(2)).lower() for m in _DROPPED.finditer(text)}
    return (kept.pop() if len(kept) == 1 else None, dropped.pop() if len(dropped) == 1 else None)


def _one_event(text: str, kept: str | None, dropped: str | None) -> tuple[str, str] | None:
    """Customer `text` naming two days with a count each, cut to the kept day's event (the day
    kept, or the one not dropped), and that event's count; None when it is not such a message."""
    days = list(_DAY_RE.finditer(text))
    if len(days) != 2 or days[0].group(1).lower() == days[1].group(1).lower():
        return None
    names = [d.group(1).lower() for d in days]
    keep = kept if kept in names else next((n for n in names if n != dropped), None)
    if keep is None or (dropped is not None and dropped not in names) or keep == dropped:
        return None
    shared = _SHARED.search(text, days[1].end())
    end = shared.start() if shared else len(text)
    first, second = text[days[0].start() : days[1].start()], text[days[1].start() : end]
    if not (_COUNT.search(first) and _COUNT.search(second)):
        return None
    part = first if keep == names[0] else second
    part = re.sub(r"[\s,;]*(?:and\s+)?(?:an?\s+|the\s+)?$", "", part)  # "... and a": the joint
    lead = re.sub(r"(?:\s*\b(?:an?|the))?\s*$", " ", text[: days[0].start()])
    count = _COUNT.search(part)
    if count is None:
        return None
    return _TWO.sub("an event", f"{lead}{part}{text[end:]}").strip(), count.group(0)


def one_event_kept(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with an earlier customer message of two events cut to
    the one a later customer message keeps (see the module's docstring)."""
    out = list(turns)
    for i, (role, text) in enumerate(out):
        if role != "customer" or i == 0:
            continue
        kept, dropped = _day_kept(text)
        if (kept is None and dropped is None) or _MOVED.search(text):
            continue
        for j in range(i - 1, -1, -1):
            if out[j][0] == "customer" and (cut := _one_event(out[j][1], kept, dropped)):
                # the kept event's count said again before the later words, so a message that
                # only keeps one ("just saturday") is read about that order, not as no order
                out[j], out[i] = ("customer", cut[0]), ("customer", f"{cut[1]}.\n{text}")
                break
    return out
