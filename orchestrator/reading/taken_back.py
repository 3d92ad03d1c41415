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
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from orchestrator.catalog import Catalog
from orchestrator.reading.our_quote import OurQuote, our_quotes, totals_stated

# the catalog's words, and "veg", which is no catalog alias (an order reads no protein by it): after
# a what-if that changed the vegetables, "back to the veg" can name nothing else
_EXTRA_WORDS = {"veg": "vegetables"}


@lru_cache(maxsize=8)
def foods(catalog: Catalog) -> Mapping[str, str]:
    """The customer's words for a protein (the catalog's names and aliases, lower case), each as
    the business's quote spells it (the protein's name)."""
    words = {w.lower(): p.name for p in catalog.proteins for w in (p.name, *p.aliases)}
    by_key = {p.key: p.name for p in catalog.proteins}
    return MappingProxyType(words | {w: by_key[k] for w, k in _EXTRA_WORDS.items() if k in by_key})


@lru_cache(maxsize=8)
def food_words(catalog: Catalog) -> str:
    """A pattern's text for one of `foods`' words, as the group `food` (the longest first)."""
    return "(?P<food>" + "|".join(sorted(map(re.escape, foods(catalog)), key=len, reverse=True)) + r")\b"


@lru_cache(maxsize=8)
def _taking_back(catalog: Catalog) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a protein gone back to, taken back and kept, for the catalog's words."""
    food = food_words(catalog)
    # "go back to the filet", "back to filet"; "nvm on the scallops", "never mind the lobster",
    # "forget the scallops", "scratch the lobster"; "keep the shrimp"
    return (
        re.compile(rf"\b(?:(?:go|going|switch|switching)\s+)?back\s+to\s+(?:the\s+)?{food}"),
        re.compile(rf"\b(?:nvm|never\s?mind|forget|scratch|skip)\s+(?:on\s+|about\s+)?(?:the\s+)?{food}"
                   rf"(?:\s+(?:idea|thing|swap|change))?"),
        re.compile(rf"\b(?:just\s+)?keep\s+(?:the\s+)?{food}"),
    )


# words that ask for nothing besides the taking back, and a reason for it ("its his 50th, worth
# it", "dont want to risk it")
_FILLER = re.compile(
    r"(?:\W|\b(?:ok|okay|k|eh|hmm+|um+|lets|let's|let|us|pls|please|plz|actually|yeah|ya|just|then|"
    r"lol|haha|nah|on second thought|we|i|can|could|you|u|do|that|wait|ill|i'll|we'll|go|with|"
    r"the|tho|though|thanks|thx|ty|and|but|instead|after all|worth it|its|it's|it is|his|her|"
    r"their|our|my|\d{1,3}(?:st|nd|rd|th)|birthday|bday|b-day|anniversary|fine|good|better)\b)*"
)


def _quote(text: str) -> OurQuote | None:
    """The business reply `text`'s one quote; None for a reply with no quote, several, or one
    without its portions."""
    found = our_quotes(text)
    return found[0] if len(found) == 1 and found[0].portions else None


def _besides(quote: OurQuote) -> tuple[str, tuple[str, ...], str | None, str | None, str | None]:
    """What besides the proteins the quote is for: its party, add-ons and place (its ZIP; our own
    replies name the town, or only the fee, so without a ZIP the fee as said too)."""
    fee = quote.travel if quote.zip_code is None else None
    return quote.party, quote.add_ons, quote.zip_code, quote.place, fee


# a customer message that may move the event: a ZIP, an address, a town ("in Folsom")
_PLACE_WORDS = re.compile(
    r"\b\d{5}\b|\b(?:zip|address|location|venue|place|city|town|move|moving|moved|st|ave|rd|blvd|dr)\b"
    r"|\b(?:in|at|to)\s+[A-Z]",
    re.IGNORECASE,
)


def _place_unsaid(quote: OurQuote) -> bool:
    """Whether the quote's fee is known but its place unsaid (our compact sentence: "no travel
    fee"): two such quotes may be for different places at the same fee."""
    return quote.travel is not None and quote.zip_code is None and quote.place is None


def _portions(quote: OurQuote) -> dict[str, int]:
    """Each protein of the quote and its portions."""
    return {name: n for n, name in quote.portions}


def what_if_taken_back(turns: Sequence[tuple[str, str]], catalog: Catalog) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) ending at the quote
    before the latest and a message going with it, when the last message takes back the change
    of the latest quote by its protein; as they were otherwise."""
    turns = list(turns)
    if len(turns) < 4 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    at = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and totals_stated(t)]
    if len(at) < 2 or at[-1] != len(turns) - 2:
        return turns
    before, latest = _quote(turns[at[-2]][1]), _quote(turns[at[-1]][1])
    if before is None or latest is None or _besides(before) != _besides(latest):
        return turns
    between = [t for r, t in turns[at[-2] + 1 : at[-1]] if r == "customer"]
    # a place unsaid in both quotes is the same only when no message between could have moved it
    if _place_unsaid(latest) and any(_PLACE_WORDS.search(t) for t in between):
        return turns
    had, has = _portions(before), _portions(latest)
    if had == has:
        return turns
    dropped, brought = {f for f in had if f not in has}, {f for f in has if f not in had}
    text, (back, undo, keep), names = turns[-1][1].lower(), _taking_back(catalog), foods(catalog)
    taken = [(m, dropped) for m in back.finditer(text)] + [(m, brought) for m in undo.finditer(text)]
    kept = [(m, dropped) for m in keep.finditer(text)]
    # each protein named is the whole of what the latest quote dropped or brought in
    if not taken or any({names[m.group("food")]} != side for m, side in taken + kept):
        return turns
    rest = text
    for m, _ in taken + kept:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if not _FILLER.fullmatch(rest):
        return turns
    return [*turns[: at[-2] + 1], ("customer", "ok go with that quote")]
