"""A phone's burst of short messages read as the lines of one list: a customer message opening with
"plus" or "and" and a count or a relation ("me + hubby + our 3 kids (12, 6, 5)", then "plus my
parents and my in laws"; "12", "adults", then "and 3 kids") goes on the customer message right
before it, as does a guest word alone after a bare number ("12", then "adults": "12 adults").
Only between two customer messages with no business reply between, and never the message being
answered (the last), which stays the one read as the reply's subject; except a last message that
opens with the guest word of a bare number right before it ("12", then "adults and 3 kids 6, 9,
11. chicken n shrimp 95670"): the number is joined to it, the last message still; and a last message
that opens with proteins given to people of the list right before it ("its me + hubby + our 3 kids
(12, 8, 4)", then "hubby n i want ny strip and scallops, kids chicken and shrimp"): the list is
joined to it, so the people are read against it (`person_choices`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# "plus my parents and my in laws", "and 3 kids", "+ her 2 cousins": the list going on
_GOES_ON = re.compile(
    r"^\s*(?:plus|and|&|\+)\s+(?:\d{1,3}\s+[a-z]|(?:my|our|his|her|their)\s+[a-z])", re.IGNORECASE
)
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_GUEST_WORD = re.compile(r"^\s*(?:adults?|kids|children|people|ppl|guests)\s*[.!]*\s*$", re.IGNORECASE)
# the last message going on a bare number before it: "12", then "adults and 3 kids 6, 9, 11. chicken
# n shrimp 95670" (the answer to "How many guests, which proteins, what ZIP?" split in two)
_GUEST_WORD_ON = re.compile(
    r"^\s*(?:adults|people|ppl|guests)\b(?=\s*(?:[,.]|and\b|&|\+))", re.IGNORECASE
)

# A last message opening with the people of the list before it choosing: "hubby n i want ..."
_PERSON = r"(?:me|i|(?:my\s+|the\s+)?(?:hubby|husband|wife|wifey|partner))"
_CHOOSING = re.compile(
    rf"^\s*{_PERSON}(?:\s*(?:n|and|&|\+)\s*{_PERSON})*\s+(?:both\s+)?wants?\b", re.IGNORECASE
)
# The list it answers: the writer and others, with no protein or choice of its own
_LIST = re.compile(r"^\s*(?:its|it's|it is|we're|we are|party is)\s+me\b[^.?!]*$", re.IGNORECASE)


def lines_joined(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with a customer message that goes on the list of the
    customer message right before it joined to that message (the last turn left as it is)."""
    out: list[Turn] = []
    for i, (role, text) in enumerate(turns):
        last = i == len(turns) - 1
        if not last and role == "customer" and out and out[-1][0] == "customer" and (
            _GOES_ON.match(text)
            or (_GUEST_WORD.match(text) and _BARE_NUMBER.match(out[-1][1]))
        ):
            out[-1] = ("customer", f"{out[-1][1].rstrip()} {text.strip()}")
            continue
        if last and role == "customer" and out and out[-1][0] == "customer" and (
            _GUEST_WORD_ON.match(text) and _BARE_NUMBER.match(out[-1][1])
        ):
            out[-1] = ("customer", f"{out[-1][1].strip()} {text.strip()}")  # the last, joined
            continue
        if last and role == "customer" and out and out[-1][0] == "customer" and (
            _CHOOSING.match(text) and _LIST.match(out[-1][1]) and "want" not in out[-1][1]
        ):
            out[-1] = ("customer", f"{out[-1][1].strip()}. {text.strip()}")  # the list, then its choices
            continue
        out.append((role, text))
    return out
