"""Misspelt catalog words put right by fuzzy matching (rapidfuzz) against the catalog's names and
aliases and the guest words, with the real words customers mean as written left alone ("3
tables" is no misspelt "vegetables", "a baby shower" no "show")."""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib.resources import files

from rapidfuzz import fuzz, process

from orchestrator.catalog import Catalog
from orchestrator.reading.spanish_common import spanish_as_written

# Guest words, and the groups guests are counted by: a misspelt group ("3 familes, 4 adluts per
# family") is that group, never the catalog word it is also near ("filets")
_GUEST_VOCAB = {"adults", "adult", "grownups", "kids", "children", "toddlers", "teens", "people",
                "guests", "guest", "teenagers", "kiddos", "families", "family", "tables",
                "groups", "households", "couples"}  # fmt: skip


@lru_cache(maxsize=8)
def vocabulary(catalog: Catalog) -> tuple[str, ...]:
    """Single words of the catalog's protein, ambiguous and add-on names and aliases."""
    words: set[str] = set(_GUEST_VOCAB)
    names = [n for p in catalog.proteins for n in (p.name, *p.aliases)]
    names += [n for a in catalog.add_ons for n in (a.name, *a.aliases)]
    for name in names:
        words.update(re.findall(r"[a-z]{4,}", name.lower()))
    words.update(amb.word for amb in catalog.ambiguous)
    return tuple(sorted(words))


def _cutoff(token: str) -> float:
    return 75.0 if len(token) >= 6 else 80.0


# Real words a fuzzy match would turn into a catalog word ("3 tables" is no misspelt "vegetables",
# "a shake" no "sake"): left as written, and asked about when they stand near the order.
_REAL_WORDS = frozenset({
    "tables", "table", "guess", "guessing", "shake", "shakes", "snake", "stake", "stakes", "streak",
    "scallion", "scallions", "chickpea", "chickpeas", "chick", "chicks", "filler", "stripe", "stripes",
    "salmonella", "toffee", "tender", "tenders",
})  # fmt: skip


# Ordinary words of a party close to a catalog or guest word and never meant as it: left as written
# and not flagged ("a baby shower" is no show, "2 groups" are no 2 grownups; "langostino(s)",
# another shellfish than lobster, asked; "sabke", Hindi "sabke liye", for everyone, no "sake").
_ORDINARY = frozenset({"shower", "showers", "groups", "guesses", "langostino", "langostinos", "sabke"})
# Spanish verbs by their endings ("nos cargaron $60", "llamaron"): never a misspelt catalog word,
# however close to a Spanish alias ("camaron") they come.
_SPANISH_VERB = re.compile(r"(?:aron|ieron|aban|abamos|amos|emos|imos|ando|iendo)$")

# The one named right after the writer ("Me: me + Paolo", "me and Dennis") is a person by name
_WITH_ME = re.compile(r"\bme\s*(?:\+|&|and|n)\s*\Z")


# A word written without its vowels ("chkn", "shrmp", "stk", "slmn"): terse shorthand
_NO_VOWEL = re.compile(r"[b-df-hj-np-tv-xz]{3,6}")


@lru_cache(maxsize=8)
def _food_words(catalog: Catalog) -> tuple[str, ...]:
    """The catalog's protein and add-on words (no guest words: "ppl" stays "ppl")."""
    return tuple(w for w in vocabulary(catalog) if w not in _GUEST_VOCAB)


def shorthand(token: str, catalog: Catalog) -> str:
    """The one catalog word that `token`, a word with no vowel, writes by its consonants in order
    with the same first and last letter ("chkn" is chicken, "stk" steak); `token` itself when no
    word or more than one fits ("pls", "thx", "bbq")."""
    fits = [w for w in _food_words(catalog)
            if w[0] == token[0] and w[-1] == token[-1] and _in_order(token, w)]  # fmt: skip
    return fits[0] if len(fits) == 1 else token


def _in_order(token: str, word: str) -> bool:
    """Every letter of `token` in `word`, in order."""
    letters = iter(word)
    return all(c in letters for c in token)


def is_english(token: str) -> bool:
    """One of the real words above, which a customer meant as written."""
    return token in _REAL_WORDS


# How often a word must occur in pyspellchecker's English frequency list to count as one a
# customer meant as written: rare entries of the list include misspellings ("scollops": 50).
_COMMON = 100
_ENTRY = re.compile(r'"([a-z]{5,})": (\d+)')


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English words of 5+ letters (the only ones the fixer corrects) seen at least `_COMMON`
    times in pyspellchecker's frequency list (about 40,000). Read from the package's data file:
    its SpellChecker holds every entry of every length, about 38 MB in each drafting process
    against about 5 MB for these."""
    data = (files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    return frozenset(m.group(1) for m in _ENTRY.finditer(text) if int(m.group(2)) >= _COMMON)


def is_common_word(token: str) -> bool:
    """A common English word ("closer", "details"): never a misspelt catalog word, whatever
    catalog word it is close to."""
    return token in common_words()


def near_misses(text: str, catalog: Catalog) -> list[tuple[str, str, tuple[int, int]]]:
    """Real words of normalized `text` close to a protein or add-on word of the catalog but not
    one (left as written by `correct_spelling`): (word, the catalog word, span)."""
    vocab = tuple(w for w in vocabulary(catalog) if w not in _GUEST_VOCAB)
    known = set(vocabulary(catalog))
    found = []
    for m in re.finditer(r"[a-z]{5,}", text):
        token = m.group(0)
        if token in known or token.rstrip("s") in known or not is_english(token):
            continue
        best = process.extractOne(token, vocab, scorer=fuzz.ratio, score_cutoff=_cutoff(token))
        if best is not None:
            found.append((token, str(best[0]), m.span()))
    return found


def correct_spelling(text: str, catalog: Catalog) -> str:
    """Replace each word of 5+ letters that is not a catalog word, nor a real word customers mean
    as written, but is close to a catalog word; and a shorter word written without vowels by the
    one food word it spells ("chkn", `shorthand`)."""
    vocab = vocabulary(catalog)
    known = set(vocab)

    def fix(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in known:
            return token
        if len(token) < 5:
            return shorthand(token, catalog) if _NO_VOWEL.fullmatch(token) else token
        if _WITH_ME.search(match.string, max(0, match.start() - 8), match.start()):
            return token  # "me + paolo": a name after the writer, no misspelt "pollo"
        if token.rstrip("s") in known:
            return token.rstrip("s")
        if is_english(token) or token in _ORDINARY or is_common_word(token):
            return token
        if _SPANISH_VERB.search(token) or (token.endswith("s") and is_common_word(token[:-1])):
            return token  # a Spanish verb; "the top 2 closers", a common word's plural (no "lobsters")
        best = process.extractOne(token, vocab, scorer=fuzz.ratio, score_cutoff=_cutoff(token))
        if best is None or spanish_as_written(token, best[1]):  # "fiestas" is no "filets"
            return token
        return str(best[0])

    return re.sub(r"[a-z]+", fix, text)
