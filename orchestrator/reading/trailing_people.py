"""People named after the order, closing the message's clause with no count and no verb: "12
adults chicken shrimp 95823 my bf's family", "... 95630 both of my brothers families", "... 95823
and the team", "... my moms friends", "... some friends from church", "... church friends too". The
order is told (its counts, proteins, ZIP), then a group of no number: in the count, or on top of
it, and how many, how old? A careful person asks (round q78j).

Only a group right after the order's last detail (a protein or a ZIP) in its clause, after a count
of guests, that ends the clause ("too", "lol" and the like aside). Not a group that says whose
party it is or who the counted are ("for my bf's family", "its just my bf's family", "all my bf's
family", "including ..."; those words open no fragment here), nor one with a word after it ("my
bf's family reunion", "my bf's family is hosting"), nor one told before a count ("my bf's family.
12 adults total"), nor a signature ("- the Garcia family", "the garcia family" with no "and" before
it), nor the writer's own ("my family", "our whole fam": the party itself), nor words a reader
explained or a check quotes already."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood, quoted
from orchestrator.reading.relation_words import KIN

Check = tuple[str, str]

# the words that open no group of people joining: whose party, who the counted are, a sign-off
_NOT_MODIFIER = (
    r"(?!(?:its|it's|it|is|are|was|were|be|just|only|all|mostly|for|including|incl|inc|from|at|of|to|"
    r"thats|that's|theyre|they're|those|these|thanks|thank|thx|ty|love|xoxo|sincerely|regards|best|"
    r"cheers|signed|by|in|on|we|were|i|im|i'm|me|us|no|not|without|except|and|or|plus|with|my|our|"
    r"his|her|their|the|your|ur)\b)"
)
_HEAD = (
    r"(?:(?:whole|entire)\s+)?(?:families|family|fam|famiy|household|crew|clan|side of the family|"
    r"friends|buddies|besties|coworkers|co-workers|colleagues|neighbors|neighbours|relatives|cousins|in-?laws|"
    r"team|teammates|squad|gang|group)"
)
_GROUP = re.compile(
    r"[\s,]*(?P<join>(?:and|&|\+|plus|also|n|with|oh and|and also)\s*)?"
    r"(?P<words>(?:(?:both|some|a few|a couple|several|a bunch|a handful|lots|most)\s+(?:of\s+)?)?"
    r"(?P<det>(?:my|our|his|her|their|the)\s+)?"
    rf"(?P<mods>(?:{_NOT_MODIFIER}[a-z][a-z'-]*\s+){{0,2}}?)"
    rf"{_HEAD}(?:\s+(?:and|&|n)\s+{_HEAD})?"  # "my bf's family and friends"
    r"(?:\s+from\s+(?:the\s+)?(?:church|work|school|the office|office|college|class|the gym|gym|"
    r"[a-z]+\s+(?:church|school)))?)\b"
    r"(?:\s+(?:too|also|as well|lol|lmao|haha|tho))*"
    r"\s*(?:[.!?;\n]|\Z)"
)
_GUEST_COUNT = re.compile(r"(?<![\d$.])\d{1,3}\s*(?=[a-z])")
_ZIP = re.compile(r"(?<!\d)\d{5}(?!\d)")
_TOO = re.compile(r"\b(?:too|also|as well)\b")


def _counted_before(text: str, at: int, guest: re.Pattern[str]) -> bool:
    """A count of guests before `at`: the party's own, which the group follows."""
    return any(guest.match(text, m.end()) for m in _GUEST_COUNT.finditer(text, 0, at))


def _counted_after(text: str, at: int, guest: re.Pattern[str]) -> bool:
    """A count of guests after `at` ("my bf's family. 12 adults total"): the group told first is
    who the counts describe."""
    return any(guest.match(text, m.end()) for m in _GUEST_COUNT.finditer(text, at))


def _signature(group: re.Match[str]) -> bool:
    """"the garcia family" with no "and" before it: the writers signing, no guests added."""
    mods = group.group("mods").split()
    return (
        not group.group("join") and (group.group("det") or "").strip() == "the" and len(mods) == 1
        and not re.fullmatch(rf"{KIN}s?|[a-z-]+(?:'s|s')", mods[0])
    )


# the writer's own household ("... 95823 my family", "our whole fam"): the party itself, counted
_OWN = re.compile(r"(?:my|our|the)\s+(?:(?:whole|entire)\s+)?(?:family|fam|famiy|household|crew|clan)")


def trailing_people(
    text: str, covered: Covered, catalog_word: re.Pattern[str], guest: re.Pattern[str],
    checks: list[Check],
) -> list[Check]:
    """A check for a group of no number closing a clause of normalized `text` right after the
    order's details, outside `covered`; none when one of `checks` quotes its words already."""
    details = [*catalog_word.finditer(text), *_ZIP.finditer(text)]
    found: list[Check] = []
    for end in sorted({m.end() for m in details}):
        group = _GROUP.match(text, end)
        if not group or not group.group("words").strip():
            continue
        start, stop = group.span("words")
        words = group.group("words")
        # one word alone ("... 95823 family"): no group said to join
        bare = len(words.split()) == 1 and not group.group("join") and not _TOO.search(group.group(0))
        asked = any(quoted(why) and quoted(why) in words for _, why in [*checks, *found])
        own = _OWN.fullmatch(words) and not group.group("join")  # "and my family": joining
        if (
            bare or asked or own or (start, stop) in covered or _signature(group)
            or not _counted_before(text, start, guest) or _counted_after(text, stop, guest)
        ):
            continue
        found.append(("guests", not_understood(words, "a group of no number after the order")))
    return found
