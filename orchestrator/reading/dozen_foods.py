"""A food counted by the dozen: "9 adults, 2 dozen shrimp and chicken for everyone", "plus a dozen
scallops on top". The words pass `words.normalize` as a count ("24 shrimp"), which the reading
would price as 24 portions; but a dozen is how pieces are counted, and a portion of shrimp or
scallops is several pieces. Whether the customer means portions or pieces is asked. A food whose
piece is a portion ("a dozen lobster tails", "a dozen filets", "2 dozen steaks") is not asked."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator.catalog import Catalog

# "a dozen", "2 dozen", "two dozen", "half a dozen", "una docena de", "2 docenas de", then a few
# words that only describe the food ("jumbo", "extra", "of the")
_DOZEN = re.compile(
    r"\b(?:dozens?|docenas?)\s+(?:(?:of|de|the|extra|more|jumbo|large|big|grilled|garlic|fresh)\s+){0,2}"
)
# a piece that is a whole portion: one tail, one filet, one steak
_PORTION_PIECE = re.compile(r"\b(?:tails?|colas?|filets?|fillets?|filetes?|steaks?|portions?|servings?|"
                            r"plates?|orders?)\b")


@lru_cache(maxsize=8)
def _protein_words(catalog: Catalog) -> re.Pattern[str]:
    """The catalog's protein names and aliases (and its ambiguous words) as one pattern."""
    names = {n.lower() for p in catalog.proteins for n in (p.name, *p.aliases)}
    names |= {a.word for a in catalog.ambiguous}
    every = sorted(names, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in every) + r")s?\b")


def dozen_foods(text: str, catalog: Catalog) -> list[tuple[str, str]]:
    """A check for each food the raw lower-cased `text` counts by the dozen, unless its piece is a
    portion (the word itself, or the word after it: "a dozen lobster tails", "2 dozen filet
    portions")."""
    foods = _protein_words(catalog)
    checks = list[tuple[str, str]]()
    for m in _DOZEN.finditer(text):
        food = foods.match(text, m.end())
        if food is None:
            continue
        after = re.match(r"\s*([a-z]+)", text[food.end():])
        if _PORTION_PIECE.search(food.group(0)) or (after and _PORTION_PIECE.fullmatch(after.group(1))):
            continue
        said = text[max(0, text.rfind(" ", 0, max(0, m.start() - 1)) + 1):food.end()].strip()
        checks.append(("proteins", f"'{said}': a dozen counts pieces: how many portions?"))
    return checks
