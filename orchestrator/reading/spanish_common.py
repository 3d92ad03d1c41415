"""Common Spanish words, which a customer writing Spanish means as written: "hacen fiestas?" is no
misspelt "filets", "tacos de tripa" no "strip", "repollo" no "pollo". The fuzzy fixer
(`spelling.correct_spelling`) leaves such a word alone unless it is all but a catalog word itself
("adulto", "verdura")."""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from orchestrator.literal_gates import gated

# How often a word must occur in pyspellchecker's Spanish frequency list to count: its rare
# entries include misspellings, as in the English list (`words.common_words`).
_COMMON = 100
_ENTRY = gated(re.compile(r'"([^"]{5,})": (\d+)'))
# How close a common Spanish word must come to a catalog word to be read as it ("adulto": 91)
_SURE = 90.0


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def common_spanish_words() -> frozenset[str]:
    """Spanish words of 5+ letters, without accents (the normalized text has none), seen at least
    `_COMMON` times in pyspellchecker's Spanish frequency list: about 20,000 words, 3 MB."""
    data = (files("spellchecker") / "resources" / "es.json.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return frozenset(
        _unaccented(m.group(1)) for m in _ENTRY.finditer(text) if int(m.group(2)) >= _COMMON
    )


def is_common_spanish(token: str) -> bool:
    """Whether `token` (lower case, unaccented) or its singular is a common Spanish word."""
    words = common_spanish_words()
    if token in words:
        return True
    if token.endswith("es") and token[:-2] in words:  # "camiones"
        return True
    return token.endswith("s") and token[:-1] in words  # "fiestas"


def spanish_as_written(token: str, score: float) -> bool:
    """Whether `token`, a fuzzy match of `score` for a catalog word, is a common Spanish word
    meant as written ("fiestas", 77 from "filets"), not all but that catalog word."""
    return score < _SURE and is_common_spanish(token)
