"""The reader's safety net: words that change an order (people named as relations, guest words
for a sub-group, negations, choices, vague quantities, add-on words) must be explained by the
parse, i.e. lie inside a span it read; any that is not becomes a (field, reason) check, so the
draft asks instead of stating a total it is not sure of."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS

Span = tuple[int, int]

_POSSESSIVE = r"(?:my|our|her|his|their|the)\s+"
_RELATION = re.compile(
    rf"\b(?:{_POSSESSIVE}(?:wife|husband|hubby|partner|spouse|gf|bf|girlfriend|boyfriend|fianc\w*|"
    r"parents|in-?laws|mom|dad|mother|father|sisters?|brothers?|sons?|daughters?|cousins?|aunts?|"
    r"uncles?|grandma|grandpa|grandparents|friends|neighbou?rs|family|families|relatives|team|crew)"
    r"|in-?laws|couples?|families|tables?)\b(?!')"
    r"|\bme\b(?=\s*(?:,|and\b|&|\+|plus\b)\s*(?:my|our|the|\d)\b)"
)
_NEGATION = re.compile(
    r"\b(?:no|not|don't|dont|do not|without|skip|scratch|instead|swap|rather|except|minus|nix|"
    r"cancel|drop|remove|hold the|leave off|leave out)\b"
)
_CHOICE_NEAR = re.compile(r"\b(?:or|either)\b")
_CHOICE = re.compile(
    r"\b(?:haven't decided|havent decided|not decided|undecided|deciding|not sure|unsure|tbd|"
    r"maybe|might|possibly|perhaps)\b"
)
_VAGUE = re.compile(
    r"\b(?:some|a few|few|most|mostly|several|many|majority|a bunch|handful|a lot|couple)\b"
)
_WANT = r"\b(?:want|wants|would|will|prefer|prefers|like|likes|eat|eats|get|gets)\b"
# Generic words of add-on names that customers use for other things ("great service").
_GENERIC = {"service", "menu", "planning", "custom", "premium", "long", "longer", "extra", "extended"}
# Guest words that name a whole band or the party; other guest words (ladies, guys) name a group.
_BAND_WORDS = {"adult", "adults", "kid", "kids", "child", "children", "guest", "guests", "people",
               "person", "persons", "ppl", "pax", "folks", "everyone", "everybody"}  # fmt: skip


@lru_cache(maxsize=8)
def _catalog_words(catalog: Catalog) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(every protein or add-on word, the distinctive add-on words)."""
    names = {n.lower() for p in catalog.proteins for n in (p.name, *p.aliases)}
    names |= {a.word for a in catalog.ambiguous}
    add_words = {w for a in catalog.add_ons for n in (a.name, *a.aliases) for w in n.lower().split()}
    distinctive = sorted(add_words - _GENERIC - {w for n in names for w in n.split()})
    every = sorted(names | set(distinctive), key=len, reverse=True)
    return (
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in every) + r")s?\b"),
        re.compile(r"\b(?:" + "|".join(re.escape(w) for w in distinctive) + r")\b"),
    )


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in ".;!?\n") + 1
    ends = [i for c in ".;!?\n" if (i := text.find(c, at)) != -1]
    return start, min(ends) if ends else len(text)


_GUEST = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted({*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *PEOPLE_WORDS},
                                           key=len, reverse=True))  # fmt: skip
    + r")\b(?!')"
)


def unexplained_words(text: str, explained: list[Span], catalog: Catalog) -> list[tuple[str, str]]:
    """Checks for the order words in normalized `text` that lie outside every `explained` span."""
    catalog_word, add_on_word = _catalog_words(catalog)
    checks: list[tuple[str, str]] = []

    def clause_has_order_words(span: Span, near: int | None = None) -> bool:
        start, end = _sentence(text, span[0])
        if near is not None:
            start, end = max(start, span[0] - near), min(end, span[1] + near)
        clause = text[start:end]
        return bool(catalog_word.search(clause) or _GUEST.search(clause) or re.search(r"\d", clause))

    def flag(field: str, m: re.Match[str], why: str) -> None:
        checks.append((field, f"did not understand '{m.group(0).strip()}' ({why})"))

    for m in _RELATION.finditer(text):
        if not _inside(m.span(), explained):
            flag("guests", m, "people named, not counted")
    counted = {text[s:e] for s, e in explained}
    for m in _GUEST.finditer(text):
        word = m.group(0)
        if word in _BAND_WORDS or _inside(m.span(), explained):
            continue
        if any(re.search(rf"\b\d+\s*{re.escape(word)}\b", c) for c in counted):
            continue  # the counted group named again ("10 guys ... the guys want filet")
        flag("guests", m, "a group not counted")
    for m in _NEGATION.finditer(text):
        if not _inside(m.span(), explained) and clause_has_order_words(m.span()):
            flag("message", m, "a negation the order does not reflect")
    for m in _CHOICE_NEAR.finditer(text):
        if not _inside(m.span(), explained) and catalog_word.search(
            text[max(0, m.start() - 25) : m.end() + 25]
        ):
            flag("message", m, "a choice between options")
    for m in _CHOICE.finditer(text):
        if not _inside(m.span(), explained) and clause_has_order_words(m.span()):
            flag("message", m, "undecided")
    for m in _VAGUE.finditer(text):
        after = text[m.end() : _sentence(text, m.start())[1]][:45]
        if not _inside(m.span(), explained) and (
            catalog_word.search(after) or _GUEST.search(after) or re.search(_WANT, after)
        ):
            flag("message", m, "a vague quantity")
    for m in add_on_word.finditer(text):
        if not _inside(m.span(), explained):
            flag("message", m, "an add-on not matched to the catalog")
    return checks
