"""Portuguese guest words, read as their English ones ("8 adultos e 2 crianças (7 e 10 anos)",
"1 criança de 8 anos"): a Sacramento caterer hears from Brazilian families, and "adultos" and
"anos" are already read by `spanish_words` (the same words). What is left is the kids' word
("criança", "crianças") and the "e" that joins a count or an age to the next one ("8 adults e 2
kids", "7 e 10"). Only in a text that has the kids' word: an English text's "e" is left (a
"plan e 2" is no list). Takes lower-case, unaccented text (after `spanish_words`)."""

from __future__ import annotations

import re

# "crianças", "criança" (unaccented by the normalizer): kids, a kid
_KIDS = re.compile(r"\bcriancas\b")
_KID = re.compile(r"\bcrianca\b")
# "8 adults e 2 kids", "(7 e 10 yrs)", "3, 7, 9 e 12": "and" between a count or an age and the
# number after it
_AND = re.compile(r"(?<=\d|s|t|d) e (?=\d)")
# "2 kids de 7 e 10 yrs", "1 kid de 8 yrs": the kids' ages after "de" (as "kids ages ...")
_KIDS_OF = re.compile(r"\b(kids?) de (?=\d)")


def portuguese_words(text: str) -> str:
    """`text` with the Portuguese kids' word and the "e" between counts written in English; a
    text without "criança" is returned as it is."""
    if "crianca" not in text:
        return text
    text = _KID.sub("kid", _KIDS.sub("kids", text))
    text = _AND.sub(" and ", text)
    return _KIDS_OF.sub(r"\1 ages ", text)
