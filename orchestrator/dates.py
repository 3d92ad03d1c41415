"""Party dates in a customer's words: find the phrase in a message and read it with `dateparser`
in the business's time zone, relative to an injected "now".

dateparser reads the phrase; the rules around it are the ones a person applies: a bare "the 21st"
that has passed this month means next month's, and "Saturday the 22nd" when the 22nd is a Sunday
is a question to ask, not a date to pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from orchestrator.reading.date_words import CLOCK, DAY_OF_MONTH, MONTH, ORDINAL, WEEKDAY_ABBR, WEEKDAYS
from orchestrator.slashed_ages import ages_by_slashes
from orchestrator.spanish_dates import english_date, spanish_date_phrase

# the weekday, month, day and clock words are the ones the readers blank a date by (date_words)
_WD_ABBR = WEEKDAY_ABBR
_WD_ANY = rf"(?:{'|'.join(WEEKDAYS)}|(?:{_WD_ABBR})\.?)"
_WD_FULL = rf"(?:{'|'.join(WEEKDAYS)})"
_MONTH = MONTH
_ORD = DAY_OF_MONTH
_TIME = rf"(?:{CLOCK}|noon|\d{{1,2}}:\d{{2}})"
_LEAD = rf"(?:{_WD_ANY},?\s+(?:the\s+)?)?"
_DATE_FORMS = (
    r"\d{4}-\d{2}-\d{2}",
    # (a year of four digits, not a ZIP after it: "the 3rd of July, 95630")
    rf"{_LEAD}{_MONTH}\s+{_ORD}\b(?:,?\s+\d{{4}}(?!\d))?",
    rf"{_LEAD}(?:the\s+)?{_ORD}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}(?!\d))?",
    rf"{_LEAD}(?<![\d/$.])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?![\d/%])",
    rf"{_WD_ANY},?\s+(?:the\s+)?{ORDINAL}\b",
    rf"\bthe\s+{ORDINAL}\b",
    rf"(?:(?:next|this|coming)\s+)?{_WD_FULL}\b",
    rf"(?:next|coming)\s+(?:{_WD_ABBR})\.?(?![a-z])",  # "next Sat" ("this sun" may be the sun)
    r"this\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?(?![a-z])",
    r"\b(?:tomorrow|today|tonight)\b",
)
_PHRASE = re.compile(
    r"\b(?:" + "|".join(f"(?:{form})" for form in _DATE_FORMS) + r")"
    rf"(?:\s*(?:,|at|around|@|from)?\s*{_TIME})?",
    re.IGNORECASE,
)
_TIME_RE = re.compile(_TIME, re.IGNORECASE)
# "next Sat", "this thurs": the weekday's whole name for dateparser
_NEAREST_ABBR = re.compile(rf"\b(next|this|coming)\s+({_WD_ABBR})\.?(?![a-z])", re.IGNORECASE)
_GREETING = re.compile(r"\bhappy\s+\Z", re.IGNORECASE)
_FRACTION = re.compile(r"^([1-3])/([2-4])$")  # "1/2 want chicken" is not January 2nd
_YEAR = re.compile(r"\b\d{4}\b|\d/\d{1,2}/\d{2,4}")
_HAS_MONTH = re.compile(
    rf"\b{_MONTH}(?![a-z])|\d{{1,2}}/\d{{1,2}}|\d{{4}}-\d{{2}}-\d{{2}}", re.IGNORECASE
)
_DAY_NUMBER = re.compile(rf"\b{ORDINAL}\b|\d/\d{{1,2}}|\b\d{{1,2}}\b(?!:)", re.IGNORECASE)
_ORDINAL = re.compile(rf"\b{ORDINAL}\b", re.IGNORECASE)
_NAMED_WD = re.compile(rf"\b({_WD_ANY})(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PartyDate:
    """A date read from a phrase. `candidates` is set (two dates) when the weekday the customer
    named disagrees with the date: the reply must ask which they meant."""

    day: date
    time: time | None
    phrase: str
    candidates: tuple[date, ...] = ()


def find_date_phrase(text: str) -> str | None:
    """The first phrase in `text` that names a party date ("Sat 6/21 around 6pm", "June 14"; in
    Spanish too: "el sábado 20", "el 14 de marzo")."""
    spanish = spanish_date_phrase(text)
    for match in _PHRASE.finditer(text):
        if spanish is not None and spanish.start() < match.start():
            break
        phrase = match.group(0).strip(" ,")
        if _FRACTION.match(phrase) or _GREETING.search(text, 0, match.start()):
            continue  # "1/2 want chicken"; "Happy Monday 😊": a greeting, no date
        if _kid_ages(text, match.start(), phrase):
            continue
        return phrase
    return spanish.group(0).strip(" ,") if spanish is not None else None


def _kid_ages(text: str, start: int, phrase: str) -> bool:
    """Whether the slashed `phrase` at `start` lists kids' ages rather than a date, as the reader
    takes it (`ages_by_slashes`)."""
    if not re.fullmatch(r"\d{1,2}(?:/\d{1,2})+", phrase):
        return False
    return ages_by_slashes(text[max(0, start - 30) : start], phrase.split("/"))


def _weekday_named(phrase: str) -> int | None:
    match = _NAMED_WD.search(phrase)
    if match is None:
        return None
    word = match.group(1).lower().rstrip(".")
    return next(i for i, name in enumerate(WEEKDAYS) if name.startswith(word[:3]))


def _full_weekday(word: str) -> str:
    return next(name for name in WEEKDAYS if name.startswith(word.lower()[:3]))


def _next_day_of_month(number: int, today: date) -> date | None:
    """The next date (from today) that is the `number`th of its month."""
    for months in range(13):
        index = today.month - 1 + months
        try:
            candidate = date(today.year + index // 12, index % 12 + 1, number)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _nearest_weekday(day: date, weekday: int, today: date) -> date:
    """The date with `weekday` closest to `day` (not before today; later wins a tie)."""
    after = day + timedelta(days=(weekday - day.weekday()) % 7)
    before = after - timedelta(days=7)
    if before < today or (day - before) > (after - day):
        return after
    return before


def load_parser() -> None:
    """Import dateparser, which `parse_party_date` imports on first use: with its `regex` it is
    about a tenth of the web process's start-up, and nothing reads a date before the first
    message. The worker calls this while warming, so no draft waits for the import."""
    import dateparser  # noqa: F401


def parse_party_date(phrase: str, *, now_local: datetime) -> PartyDate | None:
    """Read `phrase` relative to `now_local` (naive, in the business's time zone); None when no
    date can be read from it."""
    import dateparser

    phrase = english_date(" ".join(phrase.split())[:100])  # "el sábado 20": "saturday the 20th"
    settings = {
        "RELATIVE_BASE": now_local.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "MDY",
        "PREFER_DAY_OF_MONTH": "first",
    }
    today = now_local.date()
    time_match = _TIME_RE.search(phrase)
    ordinal = _ORDINAL.search(phrase)
    at: time | None = None
    if ordinal and not (_YEAR.search(phrase) or _HAS_MONTH.search(phrase)):
        # A bare "the 5th": dateparser reads it as May; people mean this month's 5th, or the
        # next month's once it has passed.
        found = _next_day_of_month(int(re.sub(r"\D", "", ordinal.group(0))), today)
        if found is None:
            return None
        day = found
        if time_match:
            clock = dateparser.parse(time_match.group(0), languages=["en"], settings=settings)  # type: ignore[arg-type]
            at = clock.time().replace(second=0, microsecond=0) if clock else None
    else:
        cleaned = re.sub(r"\b(at|around|@)\b", " ", phrase, flags=re.IGNORECASE)
        cleaned = _NEAREST_ABBR.sub(lambda m: f"{m.group(1)} {_full_weekday(m.group(2))}", cleaned)
        cleaned = re.sub(r"\bcoming\s+", "", cleaned, flags=re.IGNORECASE)  # the next one
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)  # type: ignore[arg-type]
        if parsed is None:
            return None
        day = parsed.date()
        at = parsed.time().replace(second=0, microsecond=0) if time_match else None
    if re.search(r"\btonight\b", phrase, re.IGNORECASE) and at is None:
        at = time(18, 0)
    named = _weekday_named(phrase)
    candidates: tuple[date, ...] = ()
    numbered = _DAY_NUMBER.search(_TIME_RE.sub(" ", phrase))
    if named is not None and numbered is not None and day.weekday() != named:
        candidates = (day, _nearest_weekday(day, named, today))
    return PartyDate(day=day, time=at, phrase=phrase, candidates=candidates)


def label(day: date, *, today: date | None = None) -> str:
    """ "Saturday, June 14" (with the year when it is not this year)."""
    text = f"{WEEKDAYS[day.weekday()].capitalize()}, {day:%B} {day.day}"
    return text if today is not None and day.year == today.year else f"{text}, {day.year}"


def time_label(value: time) -> str:
    """ "6:00 PM"."""
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"


def date_asked(text: str, earlier: Sequence[str]) -> str | None:
    """The date phrase of `text`, else the latest of the `earlier` customer messages' (oldest
    first; empty when the message is not about the quote)."""
    phrase = find_date_phrase(text)
    if phrase is None:
        phrase = next((p for t in reversed(earlier) if (p := find_date_phrase(t))), None)
    return phrase
