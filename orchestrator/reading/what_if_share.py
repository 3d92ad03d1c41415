"""A what-if asked again for a share of the party (round q82h): "what if lobster instead of salmon"
and its quote, then "hmm ok and what if only half get lobster and the rest keep salmon". The new
what-if is the same swap for half of the guests, the others keeping the protein the first what-if
swapped out: it is a variant of the first what-if, asked of the order before it. The first
what-if and its quote are left out and the message written as that swap for some ("what if half
get lobster instead of salmon"), read against the first order as any share swapped is.

Read against the what-if's quote as written, the salmon kept is in no order (the what-if swapped
it out) and the half is asked about.

Only one what-if in the conversation before, quoted once, swapping one protein for another by
name ("what if lobster instead of salmon"); two quotes in all, the latest one quote; the message
naming the same two proteins, the new one for a share ("half", "5 of us") and the old one kept by
the rest ("the rest keep salmon", "everyone else sticks with the salmon"), and nothing else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.our_quote import totals_stated

# the first what-if: "what if lobster instead of salmon", "how about we do filet instead of the
# chicken"; the new protein's words, then the old's
_SWAP = re.compile(
    r"\b(?:what|how|wat|wht)\s+(?:if|about)\s+(?:we\s+|everyone\s+|we\s+all\s+)?"
    r"(?:(?:did|do|get|got|had|have|went\s+with|go\s+with|switch(?:ed)?\s+to)\s+)?(?:the\s+)?"
    r"(?P<new>[a-z][a-z ]*?)\s+instead\s+of\s+(?:the\s+)?(?P<old>[a-z][a-z ]*?)\W*\Z"
)
# the message: a share gets the new protein, the rest keep the old ("hmm ok and what if only half
# get lobster and the rest keep salmon")
_SHARED = re.compile(
    r"\A\W*(?:(?:hmm+|ok(?:ay)?|k|oh|and|but|so|also)[\s,.!]+)*(?:what|how|wat|wht)\s+(?:if|about)\s+"
    r"(?:only\s+|just\s+)?(?P<share>half(?:\s+of\s+(?:us|them|the\s+guests|the\s+group))?|"
    r"\d{1,2}\s+of\s+(?:us|them|the\s+guests))\s+"
    r"(?:get|got|have|had|do|did|go\s+with|went\s+with)\s+(?:the\s+)?(?P<new>[a-z][a-z ]*?)\s*"
    r"(?:,\s*)?(?:and\s+)?(?:the\s+rest|the\s+others|the\s+other\s+half|everyone\s+else|"
    r"everybody\s+else)\s+(?:keep|keeps|stay\s+with|stays\s+with|stick\s+with|sticks\s+with)\s+"
    r"(?:the\s+)?(?P<old>[a-z][a-z ]*?)\W*\Z"
)
_WHAT_IF = re.compile(r"\b(?:what\s+if|how\s+about|what\s+about|wat\s+if|wht\s+if)\b")


def what_if_shared(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with the first
    what-if and its quote left out and the message written as that swap for a share, when the
    message asks the first what-if again for some (the module docstring); as they were otherwise."""
    turns = list(turns)
    if len(turns) < 4 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    shared = _SHARED.match(turns[-1][1].lower())
    if shared is None:
        return turns
    at = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and totals_stated(t)]
    if len(at) != 2 or at[1] != len(turns) - 2 or any(totals_stated(turns[i][1]) != 1 for i in at):
        return turns
    between = turns[at[0] + 1 : at[1]]
    if len(between) != 1 or between[0][0] != "customer":
        return turns
    what_if = between[0][1].lower()
    swap = _SWAP.search(what_if)
    if swap is None or len(_WHAT_IF.findall(what_if)) != 1:
        return turns
    if any(r == "customer" and _WHAT_IF.search(t.lower()) for r, t in turns[: at[0]]):
        return turns  # a what-if before the first quote too: which one is asked again?
    if (shared.group("new"), shared.group("old")) != (swap.group("new"), swap.group("old")):
        return turns
    again = f"what if {shared.group('share')} get {swap.group('new')} instead of {swap.group('old')}"
    return [*turns[: at[0] + 1], ("customer", again)]
