"""People said to maybe come, then confirmed: "my in-laws might come too, not sure yet", then "they
confirmed!! my in-laws are coming so add 2 adults". The later message names the same people as
coming and adds their count, so the earlier message's doubt is settled: the earlier message, which
said nothing but the doubt (no number), is left out of the reading (round q79d). The later one
that does not name them again ("add 2 adults" alone), or names them with a doubt of its own ("my
in-laws might come after all, add 2?"), leaves both messages as they were: asked.

The same told in one message (`settled_here`): "I mentioned my parents might join - they
confirmed, so please add 2 adults": the doubt reported, its answer right after it, and the count
added; "might come - they'll confirm tomorrow, add 2?" stays asked (round q81j)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# "my in-laws might come too", "our neighbors may join", "the grandparents could make it"
_MAYBE = re.compile(
    r"\b(?:my|our|the|his|her)\s+((?:[a-z]+[- ])?[a-z-]+)\s+(?:might|may|could)\s+(?:also\s+)?"
    r"(?:come|join|make it|show up|be coming|tag along)\b",
    re.IGNORECASE,
)
# "they confirmed", "are coming", "can make it", "said yes"
_CONFIRMED = (
    r"(?:are|r)\s+(?:def(?:initely)?\s+)?coming|confirmed|can (?:come|make it)|will (?:come|be there)"
    r"|are in|said yes|(?:are|r) joining"
)
# ("add 1 adult": one confirmed, round q81j)
_ADDED = re.compile(
    r"\b(?:add|plus|\+)\s*\d{1,2}\s+(?:adults?|more|people|guests?)\b|\b\d{1,2}\s+more\b", re.IGNORECASE
)
_DOUBT = re.compile(r"\b(?:might|may|maybe|not sure|possibly|probably|\?)", re.IGNORECASE)


def _settles(group: str, text: str) -> bool:
    """Customer `text` names `group` ("in-laws") as coming and adds a count, with no doubt."""
    named = re.search(rf"\b{re.escape(group)}\s+(?:{_CONFIRMED})\b", text, re.IGNORECASE)
    return bool(named and _ADDED.search(text) and not _DOUBT.search(text))


def comers_confirmed(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) without an earlier customer message whose only words
    were a doubt about people coming that a later customer message settles (see the module)."""
    out = list(turns)
    for i, (role, text) in enumerate(turns):
        maybe = _MAYBE.search(text) if role == "customer" and not re.search(r"\d", text) else None
        if maybe and any(r == "customer" and _settles(maybe.group(1), t) for r, t in turns[i + 1 :]):
            out[i] = ("", "")
    return [t for t in out if t[0]]


# the doubt's verb, then its answer right after: "might join - they confirmed", "might join us.
# They've confirmed", "might come, and she confirmed"
_ANSWERED = re.compile(
    r"\s+(?:also\s+)?(?:come|join|make it|show up|be coming|tag along)(?:\s+(?:us|too|after all))?"
    r"\s*(?:-|–|—|,|;|\.|!|\band\b|\bbut\b)+\s*(?:(?:and|but|now|so|well)\s+)?"
    r"(?:they|she|he|both of them|both)\s*(?:'ve|’ve|have|has|just|now|all|both|\s)*"
    rf"(?:{_CONFIRMED})\b",
    re.IGNORECASE,
)


def settled_here(text: str, end: int) -> bool:
    """The doubt ending at `end` of `text` ("might") is answered right after it ("... join - they
    confirmed") and the message adds a count, with no doubt after the answer."""
    answer = _ANSWERED.match(text, end)
    return bool(answer and _ADDED.search(text, answer.end()) and not _DOUBT.search(text, answer.end()))
