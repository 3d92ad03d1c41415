"""A what-if taken back by the protein it changed ("ok lets go back to the filet, its his 50th,
worth it" after 12 adults chicken and filet, then "what if ny strip instead of the filet" and its
quote; "nvm on the scallops, keep the shrimp" after the scallops what-if): the order of the quote
before the latest again (round q79m). Read as written, the protein named went beside the latest
quote's proteins and three proteins were asked.

Only when the two latest quotes are one each, for the same party, add-ons and place, and differ
in their proteins alone (a share swapped, "5 of us lobster instead of the shrimp", taken back by
"never mind the lobster" too); "back to the filet" names the one protein the latest quote dropped,
"nvm the scallops" the one it brought in, "keep the shrimp" one it dropped; and the message says
nothing else besides a reason ("its his 50th", "worth it"). Anything more, or a protein both
quotes have, leaves the conversation as it was (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the customer's words for a protein, each as the business's quote spells it
_FOODS = {
    "filet": "filet mignon", "fillet": "filet mignon", "filet mignon": "filet mignon",
    "filets": "filet mignon", "ny strip": "NY strip steak", "ny strip steak": "NY strip steak",
    "new york strip": "NY strip steak", "strip": "NY strip steak", "lobster": "lobster tail",
    "lobster tail": "lobster tail", "lobster tails": "lobster tail", "lobsters": "lobster tail",
    "scallop": "scallops", "scallops": "scallops", "shrimp": "shrimp", "chicken": "chicken",
    "tofu": "tofu", "salmon": "salmon", "veggie": "vegetables", "veggies": "vegetables",
    "vegetable": "vegetables", "vegetables": "vegetables", "veg": "vegetables",
}  # fmt: skip
_FOOD = "(?P<food>" + "|".join(sorted(map(re.escape, _FOODS), key=len, reverse=True)) + r")\b"
# "go back to the filet", "back to filet"; "nvm on the scallops", "never mind the lobster",
# "forget the scallops", "scratch the lobster"; "keep the shrimp"
_BACK = re.compile(rf"\b(?:(?:go|going|switch|switching)\s+)?back\s+to\s+(?:the\s+)?{_FOOD}")
_UNDO = re.compile(
    rf"\b(?:nvm|never\s?mind|forget|scratch|skip)\s+(?:on\s+|about\s+)?(?:the\s+)?{_FOOD}"
    rf"(?:\s+(?:idea|thing|swap|change))?"
)
_KEEP = re.compile(rf"\b(?:just\s+)?keep\s+(?:the\s+)?{_FOOD}")
# "Quote for 12 adults with 12 chicken, 12 filet mignon: guests ... Total $720.00."
_QUOTE = re.compile(r"Quote for (?P<party>.+?) with (?P<items>\d+ [^:]+): (?P<body>.*?)Total \$")
_ITEM = re.compile(r"(\d+) ([^,]+)")
_REST = re.compile(r"(?:Travel to \d{5}|add-ons \$[\d,.]+ \([^)]*\))")
# words that ask for nothing besides the taking back, and a reason for it ("its his 50th, worth
# it", "dont want to risk it")
_FILLER = re.compile(
    r"(?:\W|\b(?:ok|okay|k|eh|hmm+|um+|lets|let's|let|us|pls|please|plz|actually|yeah|ya|just|then|"
    r"lol|haha|nah|on second thought|we|i|can|could|you|u|do|that|wait|ill|i'll|we'll|go|with|"
    r"the|tho|though|thanks|thx|ty|and|but|instead|after all|worth it|its|it's|it is|his|her|"
    r"their|our|my|\d{1,3}(?:st|nd|rd|th)|birthday|bday|b-day|anniversary|fine|good|better)\b)*"
)


def _quote(text: str) -> tuple[str, dict[str, int]] | None:
    """The business reply `text`'s one quote: what besides the proteins it is for (party,
    add-ons, place) and each protein's portions; None for a reply with no quote or several."""
    found = list(_QUOTE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    items = {name.strip(): int(n) for n, name in _ITEM.findall(m.group("items"))}
    return m.group("party") + "|" + "|".join(_REST.findall(m.group("body"))), items


def what_if_taken_back(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) ending at the quote
    before the latest and a message going with it, when the last message takes back the change
    of the latest quote by its protein; as they were otherwise."""
    turns = list(turns)
    if len(turns) < 4 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    at = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and "Total $" in t]
    if len(at) < 2 or at[-1] != len(turns) - 2:
        return turns
    before, latest = _quote(turns[at[-2]][1]), _quote(turns[at[-1]][1])
    if before is None or latest is None or before[0] != latest[0] or before[1] == latest[1]:
        return turns
    dropped = {f for f in before[1] if f not in latest[1]}
    brought = {f for f in latest[1] if f not in before[1]}
    text = turns[-1][1].lower()
    taken = [(m, dropped) for m in _BACK.finditer(text)] + [(m, brought) for m in _UNDO.finditer(text)]
    kept = [(m, dropped) for m in _KEEP.finditer(text)]
    # each protein named is the whole of what the latest quote dropped or brought in
    if not taken or any({_FOODS[m.group("food")]} != side for m, side in taken + kept):
        return turns
    rest = text
    for m, _ in taken + kept:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if not _FILLER.fullmatch(rest):
        return turns
    return [*turns[: at[-2] + 1], ("customer", "ok go with that quote")]
