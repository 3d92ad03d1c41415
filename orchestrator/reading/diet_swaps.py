"""A swap for some guests said with what they do not eat (round q85h): "4 of them dont eat meat,
can they get tofu instead of the chicken" after chicken and NY strip for everyone swaps their
chicken, but the NY strip they do not eat either is left on their plates: what do they have
instead of it? (tofu for both portions, or vegetables?) Asked, never their steak kept. "2 guests
don't eat red meat, so could those two have shrimp instead of the NY strip" leaves their chicken
or salmon: nothing asked."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk

Check = tuple[str, str]

# what each diet word rules out, by protein key
_RED = frozenset({"ny_strip", "filet_mignon"})
_MEAT = _RED | {"chicken"}
_SEAFOOD = frozenset({"shrimp", "salmon", "scallops", "lobster_tail"})
_KINDS = {"red meat": _RED, "beef": _RED, "meat": _MEAT, "seafood": _SEAFOOD, "fish": _SEAFOOD,
          "shellfish": _SEAFOOD - {"salmon"}}
_KIND = r"(red meat|beef|meat|seafood|fish|shellfish)"
# "dont eat meat", "can't have red meat", "don't eat meat or seafood", "no meat"
_NOT_EATEN = re.compile(
    r"\b(?:(?:dont|don't|do not|doesnt|doesn't|does not|cant|can't|cannot|won't|wont|no longer)"
    r"\s+(?:eat|have|do)\s+(?:any\s+)?|no\s+)" + _KIND + r"(?:\s+(?:or|and|n)\s+" + _KIND + r")?\b")
_DIETS = ((re.compile(r"\b(?:vegetarians?|vegans?|veggie|plant[- ]based)\b"), _MEAT | _SEAFOOD),
          (re.compile(r"\bpesc[ae]tarians?\b"), _MEAT))


def diet_out(text: str) -> tuple[str, ...]:
    """The protein keys normalized `text` says some guests do not eat ("dont eat meat": chicken,
    NY strip, filet; "are vegetarian": meat and seafood; "can't have red meat": the steaks)."""
    out: set[str] = set()
    for said in _NOT_EATEN.finditer(text):
        for kind in said.groups():
            if kind:
                out |= _KINDS[kind]
    for word, keys in _DIETS:
        if word.search(text):
            out |= keys
    return tuple(sorted(out))


def diet_left(
    before: tuple[ProteinAsk, ...],
    partial: tuple[tuple[str, str, str | None, int | None], ...],
    ruled_out: tuple[str, ...],
) -> tuple[Check, ...]:
    """A swap for some guests that leaves them a protein of the order they are said not to eat:
    asked what they have instead of it."""
    if not partial or not ruled_out:
        return ()
    olds = {old for old, _, _, _ in partial}
    if not olds <= set(ruled_out):  # the swap gives up something else: another reading's
        return ()
    left = [a.said for a in before if a.protein in ruled_out and a.protein not in olds
            and not a.extra and a.group != "kids"]  # fmt: skip
    if not left:
        return ()
    who = next((c for _, _, _, c in partial if c), None)
    few = f"the {who} guests" if who else "the guests who swap"
    return (("diet", f"{few} do not eat {', '.join(left)} either: what do they have instead "
                     "of it?"),)  # fmt: skip
