"""A follow-up's swap for a party the earlier messages named and counted (round q79c): "the Lees 4
adults" in the first message, then "the Lees want lobster instead of shrimp" is lobster for those
4 and shrimp for the rest, not a swap of every shrimp portion. The group's size is the one the
earlier list gave ("the lees 4 adults", "my parents (2 adults)"), or the follow-up's own count
("(all 4 of them)"); when both are said they must agree, and a group whose size the conversation
never gave ("the Smiths want salmon instead") is asked, never read as everyone's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.reading.changes import Swap
from orchestrator.reading.inquiry import Inquiry

# group words "the <word>s" may be that are no family's name (read by the swaps' own rules)
_NOT_NAMES = frozenset((
    "kids", "adults", "guys", "girls", "boys", "ladies", "men", "women", "others", "rest",
    "guests", "children", "toddlers", "teens", "grownups", "parents", "grandparents",
    "vegetarians", "folks", "people", "ones", "twins", "families", "couples", "players",
    "coworkers", "employees", "members", "students", "friends", "littles", "little", "babies",
    "vegans", "seniors", "moms", "dads", "gals", "fellas", "dudes", "bros", "sisters", "brothers",
    "cousins",
))  # fmt: skip
# a party of the order by its name: "the lees", "the lee family", "my parents", "my sister's family"
_OWNER = (
    r"(?:the\s+(?P<name>[a-z]{2,}s)|the\s+(?P<fam>[a-z]{2,})\s+family|(?:my|our)\s+"
    r"(?P<kin>parents|grandparents|in-?laws)|(?:my|our)\s+(?P<rel>[a-z]+)'?s\s+family)"
)
# the party wanting the new protein, right before it: "the lees want lobster instead of shrimp"
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?;,\n(])|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=\bhey\s)|(?<=\bok\s))\s*{_OWNER}"
    r"\s+(?:(?:would|will|all|both|also|now|actually|really)\s+)*(?:want|wants|like|prefer|prefers|"
    r"get|rather have|take|have)\s+(?:the\s+|some\s+)?\Z"
)
# the party's count said beside the swap: "(all 4 of them)", ", all 4 of them"
_TOLD = re.compile(r"\A\s*(?:\(|,|-)\s*(?:all\s+|both\s+)?(\d{1,2})\s+of\s+them\b\s*\)?")
# a party counted by the earlier list, all grown: "the lees 4 adults", "my parents (2 adults)"
_LISTED = re.compile(
    rf"\b{_OWNER}\s*[(:,-]?\s*(?P<n>\d{{1,2}})\s+adults\b"
    r"(?!\s*\)?\s*(?:\+|and|&|with|plus|,)\s*(?:\d+|a|an|one|their|his|her)\s+(?:[a-z]+\s+)?"
    r"(?:kids?|child|children|toddlers?|bab(?:y|ies)|little|boys?|girls?|sons?|daughters?|twins))"
)


def _key(m: re.Match[str]) -> str | None:
    """The party's name as a key ("lees", "lee family", "parents", "sister family")."""
    if m.group("name"):
        return None if m.group("name") in _NOT_NAMES else m.group("name")
    if m.group("fam"):
        return f"{m.group('fam')} family"
    if m.group("kin"):
        return "in-laws" if m.group("kin").startswith("in") else m.group("kin")
    return f"{m.group('rel')} family"


def owned_counts(text: str) -> tuple[tuple[str, int], ...]:
    """The parties normalized `text` names with their grown count ("the lees 4 adults")."""
    return tuple((key, int(m.group("n"))) for m in _LISTED.finditer(text) if (key := _key(m)))


def owned_swap(text: str, swaps: Sequence[Swap]) -> tuple[str, int | None, str, str] | None:
    """(the party, the count said beside, old, new) of the one swap for everyone said by a named
    party's wish ("the lees want lobster instead of shrimp (all 4 of them)"); None otherwise."""
    found = []
    for w in swaps:
        m = _SUBJECT.search(text, 0, w.span[0])
        if w.partial or m is None or (key := _key(m)) is None:
            continue
        told = _TOLD.match(text[w.span[1] : w.span[1] + 30])
        found.append((key, int(told.group(1)) if told else None, w.old, w.new))
    return found[0] if len(found) == 1 else None


def owned_applied(state: Inquiry, later: Inquiry) -> Inquiry:
    """`later`'s swap for a named party, for as many as the earlier messages counted in it (or
    the follow-up says), among the adults of `state`; asked when the size is not known or the
    two counts disagree."""
    if later.owned_swap is None or state.adults is None:
        return later
    owner, told, old, new = later.owned_swap
    listed = [n for key, n in state.owned_counts if key == owner]
    size = listed[0] if len(listed) == 1 else None
    count = size if told is None or told == size else (told if size is None and not listed else None)
    swaps = tuple(s for s in later.swaps if s != (old, new))
    unplaced = f"did not place the number {told} in the order"  # the party's count, placed here
    checks = tuple(c for c in later.checks if (c[0] != "swap" or swaps) and c[1] != unplaced)
    if count is None or count >= (state.adults or 0) + (state.children or 0):
        why = f"{new} instead of {old} for {owner}: how many of them?"
        return replace(later, swaps=swaps, checks=(*checks, ("owned", why.replace("_", " "))))
    return replace(later, swaps=swaps, partial_swaps=(*later.partial_swaps, (old, new, None, count)),
                   checks=checks)  # fmt: skip
