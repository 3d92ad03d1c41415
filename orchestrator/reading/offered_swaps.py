"""A swap the business offered, taken in the customer's next message: after "the total drops if
you swap a protein: with NY strip instead of the filet mignon it would be $700.00", the reply
"ok fine do the ny strip then" (or "ny strip it is", "do what you suggested") takes the order the
business described, the filet swapped for NY strip (round q78b). Read alone it named a third
protein with no count, and was asked. The acceptance is written out as the swap ("swap the filet
mignon for NY strip steak"), so the readers apply it as if the customer had said it.

Only an acceptance that names one offer: after two swaps offered ("with shrimp instead of the
lobster tail $1200.00, or with chicken instead of the scallops $1400.00") a reply naming the new
protein of one of them takes that one; "ok lets do that", "the cheaper one" name neither and stay
as they were (asked). A protein named with no swap offered is read as it was, and so is a reply
to a swap the customer asked for themselves (their own message already reads it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog

# a yes before the taking: "ok fine", "sure", "alright then", "ok lets"
_YES = (
    r"^\W*(?:(?:ok|okay|k|kk|fine|sure|yes|yeah|yep|yup|alright|alrighty|sounds good|deal|perfect|"
    r"great|cool|good|thanks|thank you|ty|then|hmm+|ugh|oh|well)\W+)*"
)
# the word of taking: "do", "let's go with", "we'll take", "switch to", "make it"
_TAKE = (
    r"(?:(?:let'?s|lets|we'?ll|we will|i'?ll|i will|please|pls|plz|just|can you|could you|"
    r"go ahead and)\s+)*(?:do|go with|take|make it|switch to|swap to|change to|get)\s+"
)
# what ends an acceptance: "then", "instead", a thanks; the rest after "but"/"and" read as it is
_TAIL = (
    r"(?:\s+(?:one|it is|then|instead|please|pls|plz|thanks|thx|ty|for everyone|for all))*"
    r"(?P<end>\W*$|\s*[.,!;]+\s*(?:but|and|&|also|plus)?\b|\s+(?:but|and|&|also|plus)\b)"
)
# "do what you suggested", "ok lets do that", "go with your suggestion": the offer by pronoun
_BY_PRONOUN = re.compile(
    _YES + _TAKE + r"(?:that|it|this|that one|the swap|the switch|what you (?:suggested|said|"
    r"offered|recommended)|your suggestion|the suggestion)" + _TAIL
)
# "ok swap then", "ok switch it": the offer by the word of swapping alone
_BY_SWAP = re.compile(_YES + r"(?:let'?s\s+|lets\s+|please\s+)?(?:swap|switch)(?:\s+it)?" + _TAIL)


# an offer for some of the party, not the whole order: "for the kids", "for 3 of them", "half"
_SOME = re.compile(
    r"\bfor\s+(?:the|some|a|an|your|those|them|him|her|\d+\s+(?:of|people|guests|adults|kids))\b|"
    r"\b(?:half|some of|kids|children|adults|guests|vegetarians?)\b"
)


def _aliases(catalog: Catalog) -> list[tuple[str, str]]:
    """(alias, protein key) of every protein, longest first: "ny strip steak" before "strip"."""
    pairs = [(alias.lower(), p.key) for p in catalog.proteins for alias in (p.key, *p.aliases)]
    return sorted(set(pairs), key=lambda pair: -len(pair[0]))


def _names(catalog: Catalog) -> str:
    return "|".join(re.escape(alias) for alias, _ in _aliases(catalog))


def offered(text: str, catalog: Catalog) -> list[tuple[str, str]]:
    """The swaps (new key, old key) a business reply offers: "with NY strip instead of the filet
    mignon", "swap the lobster for shrimp"."""
    keys = dict(_aliases(catalog))
    names = _names(catalog)
    lower = text.lower()
    found = []
    for m in re.finditer(rf"\b({names})\s+instead\s+of\s+(?:the\s+|your\s+)?({names})\b", lower):
        start = max(lower.rfind(stop, 0, m.start()) for stop in ".!?\n")
        ends = [i for i in (lower.find(stop, m.end()) for stop in "!?\n") if i >= 0]
        if _SOME.search(lower[start + 1 : min(ends, default=len(lower))]):
            return []  # "tofu instead of the chicken for the vegetarians": for whom, asked
        found.append((keys[m.group(1)], keys[m.group(2)]))
    return [(new, old) for new, old in found if new != old]


def _taken(text: str, swaps: Sequence[tuple[str, str]], catalog: Catalog) -> str:
    """`text` with its acceptance of one of `swaps` written out as the swap; as it was else."""
    lower = text.lower()
    if len(lower) != len(text):  # the spans of one are the spans of the other
        return text
    keys = dict(_aliases(catalog))
    pick: tuple[str, str] | None = None
    m = _BY_PRONOUN.match(lower) or _BY_SWAP.match(lower)
    if m is not None:
        pick = swaps[0] if len(swaps) == 1 else None
    else:  # "ok do the ny strip then", "ny strip it is", "we'll go with the shrimp"
        named = rf"(?:the\s+)?(?P<name>{_names(catalog)})"
        m = re.match(_YES + rf"(?:{_TAKE})?" + named + _TAIL, lower)
        if m is not None:
            chosen = [s for s in swaps if s[0] == keys[m.group("name")]]
            pick = chosen[0] if len(chosen) == 1 else None
    if pick is None or m is None:
        return text
    new, old = (catalog.protein(key).name for key in pick)
    return f"swap the {old} for {new}" + text[m.start("end") :]


def swaps_taken(turns: Sequence[tuple[str, str]], catalog: Catalog) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with each customer message that takes a swap the
    business's reply just before it offered written out as that swap."""
    out: list[tuple[str, str]] = []
    swaps: list[tuple[str, str]] = []
    asked = ""  # the customer's message before the reply
    for role, text in turns:
        if role != "customer":
            # "can we upgrade the shrimp to lobster?", then "lobster tail instead of shrimp for all
            # 10 brings it to $750.00": the customer's own swap, read from their message already
            swaps = [s for s in offered(text, catalog) if not _named_in(asked, s[0], catalog)]
        elif swaps:
            out.append((role, _taken(text, swaps, catalog)))
            swaps, asked = [], text
            continue
        else:
            asked = text
        out.append((role, text))
    return out


def _named_in(text: str, key: str, catalog: Catalog) -> bool:
    """Whether `text` names the protein `key` by one of its names."""
    names = "|".join(re.escape(alias) for alias, k in _aliases(catalog) if k == key)
    return re.search(rf"\b(?:{names})\b", text.lower()) is not None
