"""Extra portions taken off by name (round q80m): "lets take the extra lobster off" after a quote
with 5 lobster tails on top takes those 5 off; the proteins chosen for everyone stay, lobster for
everyone among them. An order without extra portions of that protein asks (which extra?)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# the verb, then "the extra": "drop the extra", "take off the extra", "take the extra ... off"
_BEFORE = re.compile(
    r"\b(?:(?:take|knock)\s+off|(?P<split>take|takes|taking|knock)|drop|remove|skip|cut|scratch|nix|"
    r"ditch|lose|forget|get rid of)\s+(?:the|those|that|all the)\s+extra\s+$"
)
_OFF_AFTER = re.compile(r"\s*(?:tails?\s+)?(?:off|out)\b")
# "lets take the extra off": the extra named by no protein (which? asked, even beside one extra)
_BARE = re.compile(
    r"\b(?:(?:take|knock)\s+(?:the|those|that|all the)\s+extras?\s+(?:off|out)\b|(?:(?:take|knock)\s+"
    r"off|drop|remove|ditch|lose|skip|nix)\s+(?:the|those|that|all the)\s+extras?"
    r"(?=\s*(?:[,.!?;]|$|pls\b|please\b|and\b|then\b)))"
)


def extra_taken_off(text: str, ask: ProteinAsk) -> Span | None:
    """The span of the words taking the extra portions of `ask`'s protein off ("take the extra
    lobster off"), or None: an extra named without a count, right after the verb and "the extra"
    ("take the extra lobster" alone adds; "take" and "knock" need "off" after)."""
    if not ask.extra or ask.portions is not None:
        return None
    m = _BEFORE.search(text[max(0, ask.start - 40) : ask.start])
    if m is None:
        return None
    start = ask.start - len(m.group(0))
    if m.group("split"):
        after = _OFF_AFTER.match(text, ask.end)
        return (start, after.end()) if after else None
    return start, ask.end


def bare_extras(text: str) -> list[Span]:
    """The spans of "the extra" taken off with no protein named ("lets take the extra off"): each
    asked, as `extras_removed` does for the key ""."""
    return [m.span() for m in _BARE.finditer(text)]


# the question a check of `extras_removed` puts to the customer, by the words of its reason
EXTRAS_OR_ADD_ONS = "or both?"


def extras_removed(
    asks: Sequence[ProteinAsk], keys: Sequence[str], add_ons: Sequence[str] = ()
) -> tuple[tuple[ProteinAsk, ...], tuple[tuple[str, str], ...]]:
    """The order's `asks` without the extra portions of the proteins `keys`, and a check for each
    of those the order has no extra portions of ("take the extra lobster off" when lobster is
    everyone's choice, or was never ordered: which portions?); the key "" ("take the extra off",
    no protein named) takes nothing off and asks, naming the order's `add_ons` beside its extra
    portions when it has both ("take off the extras" after 6 extra chicken and the sake service:
    the portions, the sake, or both? round q81b)."""
    unnamed = ("extras_off", "the extra taken off, no protein named: which portions?")
    if add_ons and any(a.extra for a in asks):
        named = ", the ".join(key.replace("_", " ") for key in add_ons)
        unnamed = ("extras_off", f"'the extras' taken off: the extra portions, the {named}, "
                                 f"{EXTRAS_OR_ADD_ONS}")  # fmt: skip
    checks = tuple(unnamed for key in keys if not key) + tuple(
        ("extras_off", f"extra {key.replace('_', ' ')} taken off, but the order has no extra "
                       "portions of it: which?")  # fmt: skip
        for key in dict.fromkeys(keys) if key and not any(a.extra and a.protein == key for a in asks)
    )
    return tuple(a for a in asks if not (a.extra and a.protein in keys)), checks
