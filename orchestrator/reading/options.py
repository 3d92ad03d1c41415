"""Which option an ambiguous protein word means, when the words around it say so: "new york
steak" (the words just before it), "steak (the filet one not the strip)" (a bracket right after
it). Used by the protein reader (`proteins.extract_proteins`)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from orchestrator.catalog import Catalog


def option_named(phrase: str, word: str, catalog: Catalog) -> str:
    """ "new york steak": the option of an ambiguous word that the words just before it name, by
    fuzzy match against the qualifiers in the options' names and aliases ("new york", "ny")."""
    amb = next(a for a in catalog.ambiguous if a.word == word)
    words = phrase.split()[:-1]
    for key in amb.options:
        protein = catalog.protein(key)
        qualifiers = {
            " ".join(n.lower().split()[:-1]) for n in (protein.name, *protein.aliases) if " " in n
        }
        for size in (2, 1):
            before = " ".join(words[-size:])
            if len(before) >= 2 and process.extractOne(
                before, qualifiers, scorer=fuzz.ratio, score_cutoff=85
            ):
                return key
    return word


_NOT = re.compile(r"\b(?:not|no|nor)\s+(?:the\s+|a\s+)?(?:\w+\s+)?$")
# "steak (the filet one)", "steak - the new york kind": words right after an ambiguous word that
# say which option it is
# or an aside that names one and excludes the other: "steak - filet mignon, not the ny strip -"
_BRACKET = re.compile(
    r"\s*\(([^()]{1,60})\)|\s*[-,:]\s*(the\s+[a-z ]{1,30}?\s+(?:1|kind|type|cut)s?)\b(?!\s*\()"
    r"|\s*[-:]\s*([a-z][a-z ]{1,30}?,?\s+not\s+(?:the\s+|a\s+)?[a-z][a-z ]{1,20}?)\s*(?=[-.,;!?\n]|$)"
)


def bracket_option(text: str, end: int, word: str, catalog: Catalog) -> tuple[str, int] | None:
    """ "steak (the filet one not the strip)", "steak (filet please, not NY strip)": the one option
    of an ambiguous word that a bracket right after it names without a "not"; with the bracket's
    end."""
    bracket = _BRACKET.match(text, end)
    if bracket is None:
        return None
    amb = next(a for a in catalog.ambiguous if a.word == word)
    inside = bracket.group(1) or bracket.group(2) or bracket.group(3)
    named = set()
    for key in amb.options:
        protein = catalog.protein(key)
        # the aliases, and their qualifiers: "new york" of "new york strip", "ny" of "ny steak"
        words = {n.lower() for n in (protein.name, *protein.aliases)}
        words |= {" ".join(n.split()[:-1]) for n in words if " " in n}
        for alias in words:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", inside):
                if not _NOT.search(inside[: m.start()]):
                    named.add(key)
    return (named.pop(), bracket.end()) if len(named) == 1 else None
