"""Households of no number joining the party, whom no reader counted: "oh and my tita's family is
driving up too", "+ my sister and her kids", "our neighbors 2 adults + their kids", "the
Hendersons would like to join us too", "plus the Garcias, can u redo the quote". A household may
be two people or eight, grown-ups or kids: priced without them, or as anyone, the total is a
guess. A careful person asks how many, and how old (round q77h).

Only a household said to come (a word of joining after it) or added to a list (a connector
before it); not one in a sentence with a count ("the Garcias (4 adults)", "my sister's family of
4", "add 3 adults, my uncle's family is flying in": the readers of counts place it or ask; "+ their
kids" only a count after it), nor one whose words a reader explained (`covered`), nor one whose
event it is ("for my wife's family reunion": no connector, no joining), nor one told before the
party's counts ("my sister's family is visiting 🌸 8 adults and 3 kids": the counts include it).
A count before the household in a sentence with no stop is the party's, not the household's,
when the order's details (a protein, a ZIP) lie between ("14 adults chicken n shrimp 95826 my
cousins family coming too"), or when nothing adds it and the household is said to come "too"
("10 adults 2 kids 8 and 10 my sisters family too chicken shrimp"): asked (round q78f)."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood
from orchestrator.reading.relation_words import KIN

Check = tuple[str, str]

_HOUSE = (
    r"(?:(?:whole\s+|entire\s+)?(?:families|family|fam|famiy)|household|crew|clan|kids|children|"
    r"kiddos|little ones|side of the family)"
)
# whose household: "my tita's", "our neighbors'", "my sister in law's", or a relation word with
# its "'s" dropped ("my sisters family", "the neighbors kids"); owned twice, "my husband's
# brother's family" (round q85i)
_OWNED = re.compile(
    rf"\b(?:my|our|his|her|their|the)\s+(?:[a-z-]+(?:'s|s')?\s+){{0,2}}?(?:[a-z-]+(?:'s|s'|')|{KIN}s?)\s+{_HOUSE}\b"
    rf"|\b(?:his|her|their)\s+(?:whole|entire)\s+{_HOUSE}\b"  # "and his whole family"
)
# kids of people named before, of no number: "+ their kids", "and her kids"
_THEIRS = re.compile(rf"(?:\+|&|\band|\bplus|\bwith|\bn)\s*((?:their|her|his)\s+{_HOUSE})\b")
# a household by its plural surname ("the hendersons", lower-cased by normalizing)
_SURNAME = re.compile(r"\bthe ([a-z]{3,}s)\b(?!')")
_JOINING = re.compile(
    r"\s+(?:(?:is|are|r|will|would|wanna|want|wants|also|now|can|could|might|may|decided|like|"
    r"be|to|all|def|definitely|finally|gonna|going)\s+)*"
    r"(?:coming|come|joining|join|make it|driving|flying|tagging along|tag along|be there)\b"
)
_CONNECTOR = re.compile(r"(?:[,&+]|\band|\bplus|\bwith|\bn|\balso)\s*(?:(?:oh|also)\s+(?:and\s+)?)?\Z")
# a count in the household's sentence ("my brother's kids are coming too, 9 and 5", "add 3
# adults, my uncle's family is flying in", "my cousin's crew, that's 5 more adults"): the readers
# of counts place it, or ask; a ZIP or a price is no count
_COUNT = re.compile(r"(?<![\d$.])\d{1,3}(?![\d:])")
_STOP = re.compile(r"[.!?;\n]")
# the order's details: a count said before them is the party's, not a household's after them
_ZIP = re.compile(r"(?<!\d)\d{5}(?!\d)")
_ADDED = re.compile(r"\+|\b(?:add|adding|plus|more|extra|another|additional)\b")  # a count added
_TOO = re.compile(r"\s+(?:is\s+|are\s+)?(?:too|also|as well)\b")  # "my sisters family too"
_GUEST_COUNT = re.compile(r"(?<![\d$.])\d{1,3}\s*(?=[a-z])")
_BEFORE_STOP = re.compile(r"[.!?;\n]|\s[-—]\s")  # a dash opens a new thought: no count of it
# plural words after "the" that name no household
_NOT_SURNAMES = frozenset({
    "kids", "adults", "guests", "parents", "grandparents", "cousins", "neighbors", "neighbours",
    "others", "rest", "boys", "girls", "ladies", "guys", "dads", "moms", "ones", "twins", "in-laws",
    "inlaws", "sides", "drinks", "extras", "apps", "appetizers", "noodles", "desserts", "sauces",
    "veggies", "proteins", "upgrades", "fees", "prices", "details", "plans", "plates", "portions",
    "chefs", "chairs", "tables", "dates", "options", "numbers", "totals", "ages", "players",
    "teams", "coaches", "members", "staff", "employees", "students", "friends", "relatives",
    "siblings", "brothers", "sisters", "aunts", "uncles", "nieces", "nephews", "grandkids",
    "newlyweds", "couples", "hosts", "bridesmaids", "groomsmen", "seniors", "scouts",
})


def _party_count(text: str, first: int, start: int, end: int, catalog_word: re.Pattern[str]) -> int:
    """Where the counts before the household at `start`..`end` stop being the party's own: after
    the order's last detail before it ("14 adults chicken shrimp 95826 my cousins family"), or at
    the household when none adds a count and it comes "too"; else `first` (a count of it)."""
    found = (*catalog_word.finditer(text, first, start), *_ZIP.finditer(text, first, start))
    details = [m.end() for m in found]
    if details:
        return max(details)
    if _TOO.match(text, end) and not _ADDED.search(text, first, start):
        return start  # "10 adults 2 kids 8 and 10 my sisters family too": the party, then them
    return first


def _counted(
    text: str, start: int, end: int, catalog_word: re.Pattern[str], *, after_only: bool
) -> bool:
    """A count in the sentence of the household at `start`..`end` (after it only: "+ their kids"
    follows the count of the grown-ups it names, "our neighbors 2 adults + their kids"), not the
    party's own said before it."""
    stops = [m.end() for m in _BEFORE_STOP.finditer(text, 0, start)]  # "one more thing - the ..."
    first = start if after_only else (stops[-1] if stops else 0)
    first = _party_count(text, first, start, end, catalog_word)
    stop = _STOP.search(text, end)
    return bool(_COUNT.search(text[first:start] + " " + text[end : stop.start() if stop else len(text)]))


def _counted_after(text: str, end: int, guest: re.Pattern[str]) -> bool:
    """A count of guests said after the household, in a later sentence ("my sister's family is
    visiting 🌸 8 adults and 3 kids", "... come from Vietnam. Total 15 adult"): the household told
    first is the reason for the party the counts describe, not a group joining it."""
    return any(guest.match(text, m.end()) for m in _GUEST_COUNT.finditer(text, end))


def _joins(text: str, start: int, end: int) -> bool:
    """Said to come ("... is driving up too") or added to a list ("+ the cousins' kids")."""
    return bool(
        _JOINING.match(text, end) or _TOO.match(text, end)
        or _CONNECTOR.search(text, max(0, start - 12), start)
    )


def unnumbered_households(
    text: str, covered: Covered, catalog_word: re.Pattern[str], guest: re.Pattern[str], asked: str
) -> list[Check]:
    """A check for each household of no number joining in normalized `text` outside `covered`;
    `asked`: the words of the checks raised already, not asked again."""
    found: list[tuple[int, int]] = [m.span() for m in _OWNED.finditer(text)]
    theirs = [m.span(1) for m in _THEIRS.finditer(text)]
    for m in _SURNAME.finditer(text):
        word = m.group(1)
        if word in _NOT_SURNAMES or catalog_word.fullmatch(word) or guest.fullmatch(word):
            continue
        if re.fullmatch(KIN, word) or not (_JOINING.match(text, m.end()) or (
            _CONNECTOR.search(text, max(0, m.start() - 12), m.start())
            and re.match(r"\s*(?:[,.!?\n]|too\b|as well\b|\Z)", text[m.end() :])
        )):
            continue  # "plus the sides": no household; "the hendersons would like to join us"
        found.append(m.span())
    checks: list[Check] = []
    for start, end in sorted(set(found + theirs)):
        words = text[start:end]
        counted = _counted(text, start, end, catalog_word, after_only=(start, end) in theirs)
        if (start, end) in covered or words in asked or counted or _counted_after(text, end, guest):
            continue
        if _joins(text, start, end):
            checks.append(("guests", not_understood(words, "a household of no number joining")))
    return checks
