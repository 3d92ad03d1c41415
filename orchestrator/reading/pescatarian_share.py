"""A share of the party said to eat fish but no meat, beside an order that has fish or shellfish:
"14 adults. salmon and chicken, a few of the girls are pescatarian so the salmon works for them",
"a couple of us are pescatarian so shrimp works for them", "a few of the ladies are pescatarian
and will just have the salmon". The pescatarians have the order's seafood (the reading rules:
"salmon and chicken, a few are pescetarian" is quoted), and a tail naming that seafood for them
says so again, so the clause is explained: no vague quantity, no group, no list item asked.

The share's people are the party's own ("of us", "of the guests", "of the ladies"); "girls" and
"boys" only when the message counts no kids and names no other kid ("a few of the girls" beside
"14 adults": the women there; beside "2 kids" or "and the kids": whose?), and never a kid word
("a few of the kids", asked). Beside meat alone the share stays asked (`allergies.diet_checks`),
and a tail naming a seafood the order lacks is left to the net."""

from __future__ import annotations

import re
from collections.abc import Collection

from orchestrator.reading.alternation import alternation
from orchestrator.reading.phrases import event_names
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS

Span = tuple[int, int]

# the seafood words a tail may name, and the catalog key of each
_SEAFOOD = {"salmon": "salmon", "fish": "salmon", "shrimp": "shrimp", "prawns": "shrimp",
            "scallops": "scallops", "lobster": "lobster_tail", "seafood": ""}  # fmt: skip
_FISH = r"(salmon|fish|shrimp|prawns|scallops|lobster|seafood)(?:\s+tails?)?"
_THEM = r"(?:them|those|those guests|her|him|the pescatarians)"
# the share: "a few", "some of us", "a couple of the girls", "half the group"
_SHARE = re.compile(
    # ("a couple of us" is read "2 us" before: two of them, the number placed with the share)
    r"\b(?:a\s+few|some|a\s+couple|several|most|half|a\s+handful|\d{1,2}(?=\s+(?:of\s+)?(?:us|the)\b))"
    r"(?:\s+(?:of\s+)?(?:(?P<us>us|them|em)|(?:the|our|my)\s+(?P<group>[a-z'-]+)))?"
    r"\s+(?:are|r|'re|will\s+be)\s+(?:strict\s+)?pesc[ae]tarians?\b"
)
# what the writer says they have: "so the salmon works for them", "and will just have the salmon",
# "so they can have the shrimp", "(the salmon covers them)"
_TAIL = re.compile(
    r"\s*(?:,|\(|-)?\s*(?:and|so|but)?\s*(?:"
    rf"(?:the\s+|that\s+)?{_FISH}\s+(?:works|will\s+work|is\s+(?:fine|perfect|good|great)|covers|"
    rf"is\s+for)\s+(?:for\s+)?{_THEM}"
    rf"|(?:they(?:'ll|\s+will|\s+can)?|will)\s+(?:just\s+|only\s+)?(?:have|get|eat|do|stick\s+to)\s+"
    rf"(?:the\s+)?{_FISH}"
    r")\b\)?"
)
_KID = re.compile(rf"\b(?:{alternation(KID_WORDS)})\b")
# the party's own people a share is taken of ("of the ladies", "of our group"); a relation ("a few
# of my cousins") may be guests not counted, left to the net
_PARTY = frozenset({*ADULT_WORDS, *PEOPLE_WORDS, "group", "team", "crew", "staff", "family", "gang",
                    "squad", "party", "bridesmaids", "girls", "boys", "gals", "fellas"})  # fmt: skip


def _kid_words(text: str) -> int:
    """How many kid words normalized `text` has outside an event's name ("girls trip dinner!":
    the trip's name, nobody)."""
    events = event_names(text)
    return sum(not any(s <= m.start() < e for s, e in events) for m in _KID.finditer(text))


def pescatarian_girls(text: str) -> list[Span]:
    """The spans of "a few of the girls are pescatarian" in normalized `text` naming the party's
    women (or men) when no other kid word is in it and it names a seafood: no kids for the guest
    reader (whether the order has that seafood is `pescatarian_reasons`'s)."""
    if "pesc" not in text or _kid_words(text) != 1:
        return []  # speed; "2 kids ... a few of the girls": whose?
    return [m.span() for m in _SHARE.finditer(text) if m.group("group") in ("girls", "boys")
            and re.search(rf"\b{_FISH}\b", text)]  # fmt: skip


def pescatarian_reasons(text: str, proteins: Collection[str], *, kids_counted: bool) -> list[Span]:
    """The spans of normalized `text` saying a share of the party is pescatarian (with what they
    have, when said) beside an order whose `proteins` (catalog keys) hold fish or shellfish."""
    if "pesc" not in text:
        return []  # speed: rarely said
    seafood = set(proteins) & {"salmon", "shrimp", "scallops", "lobster_tail"}
    found: list[Span] = []
    for m in _SHARE.finditer(text) if seafood else ():
        group = m.group("group") or ""
        if group and group not in _PARTY:
            continue  # "a few of the kids": kids of no number; "of my cousins": counted?
        if group in ("girls", "boys") and (kids_counted or _kid_words(text) > 1):
            continue  # "2 kids ... a few of the girls": the kids? or the women?
        end = m.end()
        tail = _TAIL.match(text, end)
        if tail:
            key = _SEAFOOD[tail.group(1) or tail.group(2)]
            if key and key not in seafood:
                found.append(m.span())  # "so the lobster works for them" beside no lobster: asked
                continue
            end = tail.end()
        found.append((m.start(), end))
    return found
