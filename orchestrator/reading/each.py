"""Per-guest "each" in an order: "each one wants 1 filet", "7 adults, each wants 2 lobster",
"10 adults on june 12, each gets 1 salmon": which guests the count after "each" is for, and the
word marked as read once a reader applied it (split from `proteins` by role)."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.guests import ADULT, KID, PEOPLE, TEEN
from orchestrator.reading.party_place import PARTY_PLACE

# Who a per-guest count is for: "each one", "every single one of them", "each of us", "every
# person", "every plate"; "every one of the others" is a part of the party, not each guest.
_EVERY = (
    r"(?:each|every)(?:\s+single)?\s+(?:one|1|person|guest|adult|kid|plate)(?:\s+of\s+(?:us|them|em|'em))?"
    r"|each\s+of\s+(?:us|them|em|'em)"
)
# The word a reader marks as read once it applied the count after it
EVERY_WORD = re.compile(
    rf"\b(?:{_EVERY})\b|\beach\b|\bper\s+(?:person|guest|head|plate)\b|\b(?:everyone|everybody)\b"
    r"|\ball of (?:us|them)\b"
)
# "each one wants", "every one of them wants", "every plate gets", "each plate = ...", "per plate:
# ...", "per person 2 salmon", "each person 2 shrimp": per paying guest
EVERY_ONE = re.compile(
    rf"\b(?:{_EVERY})(?:\s+(?:wants?|gets?|getting|has|have|having|will have|will get|would like|"
    r"needs?|is|gonna (?:have|get))\b|\s*[=:])[^.;!?\n]*$"
    r"|\bper\s+(?:person|guest|head|plate)\s*(?:[=:,-]|(?=\d))[^.;!?\n]*$"
    # "each person 2 portion of shrimp", "each person one shrimp one lobster": the count right after
    r"|\b(?:each|every)\s+(?:person|guest)\s+(?:\d[^.;!?\n]*)?$"
    r"|\b(?:everyone|everybody|each of us|we all|they all|all of us|all of them|(?:we|they) each|"
    r"(?:everyone|everybody)'s|\d{1,4}\s+(?:adults|guests|people|ppl)\s+each)\s+(?:wants?|gets?|"
    r"getting|has|having|will have|would like|needs?|will get|gonna (?:have|get))\s+$"
    r"|\b(?:everyone|everybody)\s*[:=-]?\s*$"
)
# The date of the party between a guest count and its "each": "10 adults on june 12, each",
# "8 adults for sat 7/19, each", "10 adults on saturday, each", "12 adults this friday night, each"
# (the date's own numbers are read by the date reader).
_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\.?"
    r"(?:\s+(?:night|evening|afternoon|morning))?"
)
_DATE = (
    r"(?:\s+(?:on|for))?(?:\s+(?:this|next|coming))?"
    rf"(?:\s+(?:tomorrow|tonight|weekend|{_WEEKDAY}))?(?:\s+(?:(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|the\s+\d{1,2}(?:st|nd|rd|th)))?"
)
# "7 adults, each wants 2 lobster": "each" opening the sentence, or right after a guest count (and
# where they come from, "12 adults from our lab", and the party's date), is for every guest of
# that count; "for the kids, each gets 1" and "on june 12, each" (no count before the date) are not.
EACH_CLAUSE = re.compile(
    rf"(?:^\s*|(?:\b(?:party|group) of (\d{{1,4}})|(?<![\d/.$:])\b(\d{{1,4}})\s+(?:{ADULT}|{KID}|{TEEN}|"
    rf"{PEOPLE}))(?:\s*\([^)]*\))?{PARTY_PLACE}?(?:{_DATE})?\s*[,:-]\s*)each\s+(?:wants?|gets?|getting|"
    r"will (?:have|get)|would like|needs?)\b[^.;!?\n]*$"
)

# "lobster tails on top for everyone", "shrimp as an extra each": a third portion for every guest
ON_TOP_ALL = re.compile(
    r"^\s*(?:tails?\s+)?(?:on top|as (?:an )?extras?)\s+(?:of\s+(?:that|those|it|everything)\s+)?"
    r"(?:for\s+(?:all|everyone|everybody|(?:every|each)\s+(?:guest|person)s?|all of us)"
    r"|each|per person|apiece)\b"
)


def each_count(clause: re.Match[str], offset: int, groups: list[tuple[int, int, str]]) -> int:
    """How many guests "each" is: 0 (every paying guest) when it opens the sentence or follows a
    list naming the whole party ("10 adults and 4 kids, each wants"), else the count before it."""
    group = 1 if clause.group(1) else 2
    if clause.group(group) is None:
        return 0
    at = offset + clause.start(group)
    return 0 if any(g[0] <= at < g[1] and g[2] == "all" for g in groups) else int(clause.group(group))


def each_read(ask: ProteinAsk, clause: re.Match[str], offset: int) -> ProteinAsk:
    """The ask with the word "each" it applied marked as read (an "each" no reader applied is
    asked about by the doubts)."""
    each = EVERY_WORD.search(clause.group(0))
    if each is None or ask.taken_back is not None:
        return ask
    at = offset + clause.start() + each.start()
    return with_(ask, taken_back=(at, at + len(each.group(0))))
