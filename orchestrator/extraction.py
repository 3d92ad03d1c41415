"""Deterministic extraction of a party from a customer's words: guests by age band, proteins with
counts, add-ons, ZIP code and the topics asked about. No model, no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from orchestrator.catalog import Catalog
from orchestrator.topics import detect_topics

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORDS = (
    {word: n for n, word in enumerate(_UNITS)}
    | _TENS
    | {"dozen": 12, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2}
)
_WORD_RE = re.compile(
    r"\b(?:("
    + "|".join(_TENS)
    + r")[- ]("
    + "|".join(_UNITS[1:10])
    + r")|("
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r"))\b"
)
_N = r"\b(\d{1,4})"
_AGES = r"(?:\s*\(?\s*(?:all\s+)?(?:ages?d?|aged)\s+([0-9 ,&\-]+(?:\s*(?:and|to|&)\s*\d+)?)\)?)?"
_ADULTS = re.compile(_N + r"\s*(?:adults?|grown[- ]?ups|grownups)\b|\badults?\s*[:=]\s*" + _N)
_TEENS = re.compile(_N + r"\s*(?:teens|teenagers)\b")
_KIDS = re.compile(
    _N + r"\s*(?:kids?|children|childs|little ones)\b" + _AGES + r"(?:\s+(under|over)\s+(\d{1,2}))?"
)
_TODDLERS = re.compile(_N + r"\s*(?:toddlers?|babies|baby|infants?)\b")
_YEAR_OLDS = re.compile(
    r"(?:\b(\d{1,2})\s+)?(?:\ba\s+|\bmy\s+|\bour\s+)?\b(\d{1,2})[- ]?(?:years?|yrs?|yo)(?:[- ]?olds?)?\b"
)
_TOTAL = re.compile(
    r"(?:party|group|headcount|family) (?:of|is|will be) (?:about |around |roughly |like )?" + _N + r"\b"
    r"|" + _N + r"\s*(?:people|guests|persons|ppl|pax|folks|of us|heads)\b"
    r"|\b(?:dinner|hibachi|party|event|catering|cater|quote|price|pricing|menu|night)\s+for\s+"
    r"(?:about |around |roughly )?"
    + _N
    + r"\b(?!\s*(?:am|pm|hours?|years?|o'clock|:|kids|children|adults))"
)
_ZIP = re.compile(r"(?<![\d$./])(?<!\d,)(\d{5})(?:-\d{4})?(?!\d|,\d)")
_COUNT_BEFORE = re.compile(
    _N + r"\s*(?:x\s*)?(?:(?:extra|more|premium|whole|big)\s+)?"
    r"(?:(?:portions?|orders?|servings?|plates?)\s+(?:of\s+)?)?(?:the\s+)?$"
)
_SOME_OF_BEFORE = re.compile(
    _N + r"\s+of\s+(?:the\s+|our\s+|us\s+|them\s+|my\s+)?(?:\w+\s+)?"
    r"(?:would like|want|wants|get|gets|will have|prefer|need|like|eat|eats|having|can have)\s+"
    r"(?:just\s+|only\s+)?(?:the\s+|some\s+)?$"
)
_HALF_BEFORE = re.compile(
    r"\bhalf\s+(?:of\s+(?:us|them|the \w+)\s+)?(?:want|wants|would like|get|gets|with)?\s*$"
)
_ALL_BEFORE = re.compile(
    r"\b(?:everyone|everybody|all of us|we all|they all)\s+(?:wants?|would like|gets?|loves?)\s+$"
)
_COUNT_AFTER = re.compile(
    r"^\s*(?:tails?\s+|portions?\s+)?(?:for|x)\s+(?:all\s+|the\s+|each of the\s+)?" + _N + r"\b"
)
_ALL_AFTER = re.compile(
    r"^\s*(?:tails?\s+|portions?\s+)?(?:for|to)\s+(?:all|everyone|everybody|every guest|each guest|"
    r"each person|every person|the whole (?:party|group|crew)|all of us)\b"
)


@dataclass(frozen=True, slots=True)
class ProteinAsk:
    """One protein the customer named. `portions` None: no count given (`per_guest`: one each)."""

    protein: str
    said: str
    portions: int | None = None
    per_guest: bool = False
    half: int = 0  # 1 for the first "half ...", 2 for the second


@dataclass(frozen=True, slots=True)
class Inquiry:
    """What a message (plus earlier customer turns) tells us about the party."""

    adults: int | None = None
    children: int | None = None
    toddlers: int | None = None
    proteins: tuple[ProteinAsk, ...] = ()
    add_ons: tuple[str, ...] = ()
    zip_code: str | None = None
    topics: frozenset[str] = frozenset()
    assumptions: tuple[str, ...] = field(default=())

    @property
    def has_guests(self) -> bool:
        return (self.adults or 0) + (self.children or 0) > 0

    @property
    def paying(self) -> int:
        return (self.adults or 0) + (self.children or 0)

    @property
    def quote_related(self) -> bool:
        return bool(
            self.has_guests or self.proteins or self.add_ons or self.zip_code or "price" in self.topics
        )


def normalize(text: str) -> str:
    """Lower case, number words as digits, curly quotes and dashes made plain."""
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\bno (kids|children|toddlers)\b", r"0 \1", text)

    def number(match: re.Match[str]) -> str:
        if match.group(1):
            return str(_TENS[match.group(1)] + _UNITS.index(match.group(2)))
        return str(_WORDS[match.group(3)])

    return _WORD_RE.sub(number, text)


def _band(age: int, catalog: Catalog) -> str:
    if age <= catalog.guests.toddler_max_age:
        return "toddlers"
    return "children" if age <= catalog.guests.child_max_age else "adults"


def _kids(text: str, catalog: Catalog) -> tuple[dict[str, int], list[str], list[tuple[int, int]]]:
    counts = {"adults": 0, "children": 0, "toddlers": 0}
    notes: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _KIDS.finditer(text):
        spans.append(match.span())
        n, ages, side, bound = int(match.group(1)), match.group(2), match.group(3), match.group(4)
        listed = [int(a) for a in re.findall(r"\d+", ages or "")]
        if len(listed) == 2 and re.search(r"\d\s*(?:-|to)\s*\d", ages or ""):
            low, high = _band(listed[0], catalog), _band(listed[1], catalog)
            counts[low if low == high else "children"] += n
            if low != high:
                notes.append(
                    f"ages {listed[0]} to {listed[1]} span age bands: priced all {n} as children 6-12"
                )
        elif listed and len(listed) == n:
            for age in listed:
                counts[_band(age, catalog)] += 1
        elif side == "under" and bound and int(bound) <= catalog.guests.child_min_age:
            counts["toddlers"] += n
        else:
            counts["children"] += n
            if n:
                notes.append(f"priced {n} kids as children 6-12 (kids 5 and under are free)")
    return counts, notes, spans


def extract_guests(text: str, catalog: Catalog) -> tuple[int | None, int | None, int | None, list[str]]:
    """(adults, children 6-12, toddlers 5 and under, assumptions) from normalized text."""
    adults_found = [int(m.group(1) or m.group(2)) for m in _ADULTS.finditer(text)]
    counts, notes, spans = _kids(text, catalog)
    counts["toddlers"] += sum(int(m.group(1)) for m in _TODDLERS.finditer(text))
    for m in _YEAR_OLDS.finditer(text):
        age = int(m.group(2))
        inside_kids = any(start <= m.start() < end for start, end in spans)
        turning = re.search(r"(turning|turns|is)\s*$", text[: m.start(2)])
        if _band(age, catalog) != "adults" and not inside_kids and not turning:
            counts[_band(age, catalog)] += int(m.group(1)) if m.group(1) else 1
    # The last adult count wins (customers correct themselves); teens and listed ages add to it.
    counts["adults"] += sum(int(m.group(1)) for m in _TEENS.finditer(text))
    adults: int | None = None
    if adults_found or counts["adults"]:
        adults = (adults_found[-1] if adults_found else 0) + counts["adults"]
    totals = [int(next(g for g in groups if g)) for groups in _TOTAL.findall(text)]
    if adults is None and totals:
        rest = totals[-1] - counts["children"] - counts["toddlers"]
        adults = max(rest, 0)
        if counts["children"] + counts["toddlers"] == 0:
            notes.append(f"priced all {totals[-1]} guests as adults 13+")
    if adults is None and not any(counts.values()):
        return None, None, None, notes
    return adults or 0, counts["children"], counts["toddlers"], notes


def _alias_pattern(catalog: Catalog) -> re.Pattern[str]:
    names = {a.lower(): p.key for p in catalog.proteins for a in p.aliases}
    names |= {f"{amb.word}s": amb.word for amb in catalog.ambiguous} | {
        amb.word: amb.word for amb in catalog.ambiguous
    }
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b")


def extract_proteins(text: str, catalog: Catalog) -> list[ProteinAsk]:
    """Proteins in the order named, each with the count the words give (if any)."""
    lookup = {a.lower(): p.key for p in catalog.proteins for a in p.aliases}
    asks: list[ProteinAsk] = []
    halves = 0
    previous_end: int | None = None
    for match in _alias_pattern(catalog).finditer(text):
        said = match.group(1)
        key = lookup.get(said, said.rstrip("s"))
        repeats = previous_end is not None and text[previous_end : match.start()].strip() == ""
        if key not in lookup.values() and repeats:
            continue  # "filet steak": the ambiguous word only repeats the protein just named
        previous_end = match.end()
        before, after = (
            text[max(0, match.start() - 60) : match.start()],
            text[match.end() : match.end() + 40],
        )
        ask = ProteinAsk(protein=key, said=said)
        if m := (
            _COUNT_BEFORE.search(before) or _SOME_OF_BEFORE.search(before) or _COUNT_AFTER.search(after)
        ):
            ask = replace(ask, portions=int(m.group(1)))
        elif _HALF_BEFORE.search(before):
            halves += 1
            ask = replace(ask, half=min(halves, 2))
        elif _ALL_BEFORE.search(before) or _ALL_AFTER.search(after):
            ask = replace(ask, per_guest=True)
        asks.append(ask)
    return asks


def extract_add_ons(text: str, catalog: Catalog) -> list[str]:
    """Catalog keys of the add-ons mentioned."""
    found: list[str] = []
    for add_on in catalog.add_ons:
        for alias in sorted(add_on.aliases, key=len, reverse=True):
            if re.search(rf"\b{re.escape(alias)}\b(?! of\b)", text) and add_on.key not in found:
                found.append(add_on.key)
    return found


def extract_zip(text: str) -> str | None:
    """The first 5-digit ZIP code in the text."""
    match = _ZIP.search(text)
    return match.group(1) if match else None


def extract(text: str, catalog: Catalog) -> Inquiry:
    """Everything this one message says."""
    norm = normalize(text)
    adults, children, toddlers, notes = extract_guests(norm, catalog)
    return Inquiry(
        adults=adults,
        children=children,
        toddlers=toddlers,
        proteins=tuple(extract_proteins(norm, catalog)),
        add_ons=tuple(extract_add_ons(norm, catalog)),
        zip_code=extract_zip(text),
        topics=detect_topics(norm),
        assumptions=tuple(notes),
    )


def merge_history(current: Inquiry, earlier: list[Inquiry]) -> Inquiry:
    """Fill guests and ZIP missing from the current message with the latest earlier mention, but
    only when the current message is about the quote (a deposit question is not a new quote)."""
    if not current.quote_related:
        return current
    merged = current
    for past in reversed(earlier):
        if not merged.has_guests and past.has_guests:
            merged = replace(
                merged,
                adults=past.adults,
                children=past.children,
                toddlers=past.toddlers,
                assumptions=merged.assumptions + past.assumptions,
            )
        if merged.zip_code is None and past.zip_code:
            merged = replace(merged, zip_code=past.zip_code)
        if not merged.proteins and past.proteins:
            merged = replace(merged, proteins=past.proteins)
    return merged
