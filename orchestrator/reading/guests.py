"""Guests by age band from normalized text: counts, ages listed one by one or as a range, form
fields ("Adults: 14"), totals ("party of 15") and the checks when they do not fit together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orchestrator.catalog import Catalog
from orchestrator.reading.adults import PART, adult_mentions, adults_added
from orchestrator.reading.groups import (
    SUBSET,
    aged_groups,
    band,
    plus_ones,
    qualifier_band,
    toddler_ages_check,
    young_counts,
)
from orchestrator.reading.household import writer_party
from orchestrator.reading.phrases import age_phrases, skip_proteins, writer_and_friends
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


ADULT, KID, TEEN, TODDLER, PEOPLE = (_alt(w) for w in
                                     (ADULT_WORDS, KID_WORDS, TEEN_WORDS, TODDLER_WORDS, PEOPLE_WORDS))  # fmt: skip  # noqa: E501
ANY_GUEST = f"{ADULT}|{KID}|{TEEN}|{TODDLER}|{PEOPLE}"
_COUNT_BEFORE = re.compile(r"(?<![\d/.$:-])\b(\d{1,4})[ \t]*(?:more\s+|young\s+|little\s+|small\s+)?\Z")
_NOT_SUBGROUP = re.compile(r"(?:\bother|\bof (?:the|us|them|our)|\beach of the)\s*\Z")
# A form field: "Children: 3", "Children (6-12): 3", "Kids under 6: 1", "Children (5 & under) - 1".
_FORM_COUNT = re.compile(
    r"^\s*(?:\((?P<q>[^)]*)\)|(?P<w>(?:ages?\s+)?(?:under\s+\d{1,2}|\d{1,2}\s*(?:-|to)\s*\d{1,2})))?"
    r"\s*(?:[:=]|-(?=\s*\d))\s*(?P<n>\d{1,4})\b(?!\s*(?:,|and|&)?\s*\d)"
)
_LINE_COUNT = re.compile(r"^\s+(\d{1,4})\s*(?=\(|$|\n|,\s*[a-z])")
_PAREN_COUNT = re.compile(r"^\s*\((\d{1,3})(?:,|\))")
_RANGE = re.compile(r"^[\s(:,-]*(?:\d{1,3} of them\s+)?(?:all\s+)?(?:between\s+)?(?:ages?d?|aged)?\s*:?\s*"  # noqa: E501
                    r"(?:are\s+)?(?:all\s+)?(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|:\d))")  # fmt: skip  # noqa: E501
_BETWEEN = re.compile(
    r"^[\s(:,-]*(?:are\s+)?(?:all\s+)?(?:aged?\s+|ages\s+)?between\s+(\d{1,2})\s+and\s+(\d{1,2})\b"
)
_LIST = re.compile(r"^[\s(:,-]*(?:ages?d?|aged)?\s*(?:are\s+)?(?:actually\s+|now\s+)?:?\s*"
                   r"((?:\d{1,2}\s*(?:,|&|\band\b|\s)\s*)*\d{1,2})\b(?!\s*(?:-|to)\s*\d)")  # fmt: skip
_AGE_WORD_LIST = re.compile(
    r"\bage[sd]?\s*(?:are\s+)?:?\s*((?:\d{1,2}\s*(?:,|&|\band\b|\s)\s*)*\d{1,2})\b"
)
_UNDER = re.compile(
    r"^[\s(,-]*(?:all\s+|are\s+)*(?:under|below|younger than)\s+(\d{1,2})|^[\s(,-]*(\d{1,2})\s*(?:&|and)\s*under"  # noqa: E501
)
# "1 toddler (2yo)", "a baby (8 months)": the age told with the count; months are under 1.
_TODDLER_AGE = (
    r"(?:\s*\(\s*(?:ages?\s*)?(\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})*)\s*(mo|months?)?\s*"
    r"(?:yo|y/o|yrs?|years?)?(?:[- ]?old)?\s*\))?"
)
_YEARS_OLD = re.compile(r"^\s*(?:years?|yrs?|yo|y/o)(?:[- ]?olds?)?")
_YEAR_OLD = re.compile(r"(?<![\d/])\b(\d{1,2})[- ]?(years?|yrs?|yo|y/o|months?)(?:[- ]?olds?)\b")
_NOT_A_GUEST = re.compile(r"(?:turning|turns|turned|is|are|was)\s*$")
_RANGE_GUESTS = re.compile(
    rf"\b(\d{{1,4}})\s*(?:-|to|or)\s*(\d{{1,4}})\s*(?:{ANY_GUEST})\b|\bbetween\s+(\d{{1,4}})\s+and\s+(\d{{1,4}})"
    rf"|\b(\d{{1,4}})\s*ish\b|\b(\d{{1,4}})\s*\+\s*(?:{PEOPLE}|{ADULT})\b"
)
_TOTAL = re.compile(
    r"\b(?:party|group|family|headcount|party size|guest count|number of guests|guests|total)"
    r"\s*(?:of|is|will be|size|count)?\s*[:=]?\s*(?:about |around |roughly |approx\.? |like )?(\d{1,4})\b"  # noqa: E501
    rf"|\b(\d{{1,4}})\s*(?:{PEOPLE})\b(?!\s*(?:count|want|wants|would|prefer|get|gets|will|like))"
    r"|\b(\d{1,4})\s+of us\b(?=\s*(?:[,.!?\n]|$))|\ball\s+(\d{1,4})\s+of\s+us\b"
    r"|\b(?:we're|we are|there are|there will be)\s+(\d{1,4})\b"
    r"|\b(?:hibachi|dinner|party|event|catering|cater|quote|price|pricing|menu|night)\s+for\s+"
    r"(?:about |around )?(\d{1,4})\b(?!\s*(?:am|pm|hours?|years?|:|/))"
)


@dataclass
class Guests:
    """What the words say about guests. None: not mentioned. `checks` are (field, reason)."""

    adults: int | None = None
    children: int | None = None
    toddlers: int | None = None
    total: int | None = None
    checks: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)  # spans of numbers explained
    adults_said: bool = False  # adults counted or a total given (not only kids)
    aged_adults: int = 0  # guests 13+ counted from ages told one by one
    adults_added: int = 0  # "2 more adults"
    adults_weak: bool = False  # adults only named again as a group ("for the 4 guys")
    kids_more: bool = False  # "2 more kids": added to the kids counted before
    kid_named: bool = False  # "the 11 year old turned 12": a kid of the order named again

    @property
    def kids_said(self) -> bool:
        return self.children is not None or self.toddlers is not None


@dataclass
class _Kids:
    count: int | None = None
    ages: list[int] = field(default_factory=list)
    band: str | None = None
    toddlers_form: int = 0
    checks: list[tuple[str, str]] = field(default_factory=list)


def _kid_mention(text: str, m: re.Match[str], catalog: Catalog, g: Guests) -> _Kids:
    start, end = m.span()
    k = _Kids()
    count: int | None = None
    before = _COUNT_BEFORE.search(text[max(0, start - 12) : start])
    if before and not _NOT_SUBGROUP.search(text[max(0, start - 20) : start - len(before.group(0))]):
        count = int(before.group(1))
        g.used.append((start - len(before.group(0)), start))
    rest = re.split(rf"[.;!?\n]|\b(?:{KID})\b", text[end : end + 80])[0]
    toddler_form = re.match(r"^\s*(\d)\s*(?:&|and)\s*under\s*[:=]\s*(\d{1,3})", rest)
    if toddler_form:
        k.toddlers_form = int(toddler_form.group(2))
        g.used.append((end, end + toddler_form.end()))
        return k
    if count is None and (
        f := _FORM_COUNT.match(rest) or _LINE_COUNT.match(rest) or _PAREN_COUNT.match(rest)
    ):
        count = int(f.group("n") if f.re is _FORM_COUNT else f.group(1))
        g.used.append((end, end + f.end()))
        if f.re is _FORM_COUNT and (qualifier := f.group("q") or f.group("w")):
            k.band, check = qualifier_band(qualifier, catalog)
            k.checks += [("kids", check)] if check else []
        rest = rest[f.end() :]
        end += f.end()
    skip = skip_proteins(rest, catalog) if count is not None else 0
    if skip and re.match(r"\s*(?:\(|all\b|ages?\b|aged\b)", rest[skip:]):
        rest, end = rest[skip:], end + skip  # "10 kids chicken (all 6-10)": the ages follow
    ages: list[int] = []
    span_band: str | None = None
    if told := age_phrases(rest):
        ages = told[0]
        g.used.append((end, end + told[1]))
    elif (r := _BETWEEN.match(rest) or _RANGE.match(rest)) and int(r.group(1)) < int(r.group(2)):
        low, high = band(int(r.group(1)), catalog), band(int(r.group(2)), catalog)
        g.used.append((end, end + r.end()))
        inner = re.match(r"^[\s(]*(\d{1,3}) of them", rest)
        if inner and count is None:
            count = int(inner.group(1))
        if low != high:
            k.checks.append(("kids", f"kids' ages {r.group(1)} to {r.group(2)} span two price bands"))
        span_band = low if low == high else "children"
    elif u := _UNDER.match(rest):
        bound = int(u.group(1) or u.group(2))
        g.used.append((end, end + u.end()))
        if bound <= catalog.guests.child_min_age - (0 if u.group(1) else 1):
            span_band = "toddlers"
        else:
            span_band = "children"
            k.checks.append(("kids", f"kids under {bound} may include free kids 5 and under"))
    elif (lst := _LIST.match(rest) or _AGE_WORD_LIST.search(rest[:60])) and lst.group(1):
        numbers = [int(n) for n in re.findall(r"\d+", lst.group(1))]
        if all(n < 18 for n in numbers) and not (count is None and len(numbers) == 1 and not
                                                   re.search(r"age|\(", lst.group(0))):  # fmt: skip
            ages = numbers
            offset = end if lst.re is _LIST else end + lst.start()
            g.used.append((offset, end + lst.end()))
            if y := _YEARS_OLD.match(rest[lst.end() :]):
                g.used.append((end + lst.end(), end + lst.end() + y.end()))
    if len(ages) == 1 and count and count > 1 and re.search(r"\bage\s+\d", rest):
        ages = ages * count  # "3 kids age 10"
    k.count, k.ages, k.band = count, ages, span_band or k.band
    return k


def _add_kids(mentions: list[_Kids], catalog: Catalog, g: Guests, counts: dict[str, int]) -> None:
    """Counts from the kid mentions; ages given later for an earlier count ("Children: 5 ...
    Children ages: 3, 7, 9, 10, 12") complete that count."""
    merged: list[_Kids] = []
    for k in mentions:
        prev = merged[-1] if merged else None
        if prev and k.count is None and k.ages and prev.count == len(k.ages) and not prev.ages:
            merged[-1] = _Kids(prev.count, k.ages, None, 0, k.checks)
            continue
        if prev and prev.count and not (prev.ages or prev.band) and k.count is None and k.band:
            merged[-1] = _Kids(prev.count, [], k.band, 0, k.checks)  # "... all the kids are 6-10"
            continue
        merged.append(k)
    if any(k.count is not None or k.ages for k in merged):
        merged = [k for k in merged if k.count is not None or k.ages or k.toddlers_form or k.band]
    for k in merged:
        counts["toddlers"] += k.toddlers_form
        g.checks.extend(k.checks)
        if k.toddlers_form:
            continue
        if k.ages:
            if k.count is not None and k.count != len(k.ages):
                ages = ", ".join(map(str, k.ages))
                g.checks.append(("kids", f"{k.count} kids but {len(k.ages)} ages given ({ages})"))
                counts["children"] += k.count
                continue
            for age in k.ages:
                counts[band(age, catalog)] += 1
            continue
        if k.count is None:
            g.checks.append(("kids", "kids mentioned without a number"))
            counts["_unknown_kids"] = 1
            continue
        if k.band is None and k.count:
            g.checks.append(("kids", f"ages of the {k.count} kids not given: priced as 6-12"))
            g.notes.append(f"priced {k.count} kids as children 6-12 (kids 5 and under are free)")
        counts[k.band or "children"] += k.count


def extract_guests(text: str, catalog: Catalog) -> Guests:
    """Guests by band from normalized text, with the checks a careful reader would raise."""
    g = Guests()
    for m in _RANGE_GUESTS.finditer(text):
        said = m.group(0).strip()
        if m.group(3) and not re.match(rf"\s*(?:{ANY_GUEST})\b", text[m.end() : m.end() + 12]):
            continue  # "between 7 and 11" about ages is read with the kids
        g.checks.append(("guests", f"a range or rough guest count ({said}): how many exactly?"))
        g.used.append(m.span())
    counts = {"adults": 0, "children": 0, "toddlers": 0, "_unknown_kids": 0}
    kid_spans: list[tuple[int, int]] = []
    mentions: list[_Kids] = []
    for m in re.finditer(rf"\b(?:{KID})\b", text):
        if re.search(r"\b(?:the|our|my|for|of)\s*$", text[max(0, m.start() - 6) : m.start()]) and not (
            _LIST.match(text[m.end() : m.end() + 40]) or re.match(r"\s*(?:are|ages?)", text[m.end() :])
        ):
            continue  # "chicken for the kids": a group named again, not a new count
        before = len(g.used)
        mentions.append(_kid_mention(text, m, catalog, g))
        kid_spans.append((m.start(), max([m.end(), *(e for _, e in g.used[before:])])))
    _add_kids(mentions, catalog, g, counts)
    g.kids_more = len(mentions) == 1 and bool(re.search(rf"\b\d{{1,3}}\s+more\s+(?:{KID})\b", text))
    for m in re.finditer(rf"\b(\d{{1,3}})\s*(?:more\s+)?(?:{TODDLER})\b{_TODDLER_AGE}", text):
        counts["toddlers"] += int(m.group(1))
        g.used.append(m.span())
        told = m.group(2) and not m.group(3) and toddler_ages_check(int(m.group(1)), m.group(2), catalog)
        if told:  # "2 toddlers (2 and 7)"
            g.checks.append(("kids", told))
    for young in young_counts(text, catalog):  # "and 2 under 5"
        counts[young.band or "children"] += young.count
        g.used.append(young.span)
        g.checks += [("kids", young.check)] if young.check else []
    for m in re.finditer(rf"\b(?:{TODDLER})\s*[:=]\s*(\d{{1,3}})\b", text):
        counts["toddlers"] += int(m.group(1))
        g.used.append(m.span())
    for m in _YEAR_OLD.finditer(text):
        if any(s <= m.start() < e for s, e in kid_spans) or _NOT_A_GUEST.search(text[: m.start()]):
            continue
        if re.search(r"\bthe\s*$", text[max(0, m.start() - 5) : m.start()]):
            now = re.match(r"\s+(?:just\s+|actually\s+)?(?:turned|turns|is now|is actually|will be)\s+"
                           r"(\d{1,2})\b", text[m.end() : m.end() + 30])  # fmt: skip
            same = now and band(int(now.group(1)), catalog) == band(int(m.group(1)), catalog)
            if not same:  # "the 12 year old turned 13": a kid moves to another price band
                g.checks.append(("kids", f"'the {m.group(0)}' named again: what changes?"))
            g.used.append((m.start(), m.end() + (now.end() if now else 0)))  # counted already
            g.kid_named = True
            continue
        months = m.group(2).startswith("month")
        counts["toddlers" if months else band(int(m.group(1)), catalog)] += 1
        g.used.append(m.span())
    aged = aged_groups(text, catalog)
    for group in aged:  # "18 friends (14-15 yrs)": teens are adults
        counts[group.band or "children"] += group.count
        g.used.append(group.span)
        g.checks += [("guests", group.check)] if group.check else []
    adults_by_word, teens, g.adults_weak = adult_mentions(text, g.used)
    brought, brought_spans = plus_ones(text)
    if brought and (adults_by_word or teens):  # "12 coworkers and 4 of them bring a plus-one"
        counts["adults"] += brought
        g.used += brought_spans
    part = re.search(rf"{PART}(\d{{1,3}})\s*(?:{KID}|{TODDLER})\b", text)
    if part and adults_by_word:  # "10 adults including 2 kids": 10 in all, or 10 and 2?
        g.checks.append(("guests", f"'{part.group(0).strip()}': are they among the adults counted?"))
    g.adults_added += adults_added(text)
    totals = []
    for m in _TOTAL.finditer(text):
        if re.match(rf"[ \t]*(?:{ADULT}|{KID}|{TEEN}|{TODDLER})\b", text[m.end() :]):
            continue  # "family of 6 adults": counted as adults
        if SUBSET.match(text, m.start()):
            continue  # "2 guests are gluten free": some of the party, not its size
        if any(a.span[0] <= m.end() - 1 < a.span[1] for a in aged):
            continue  # "party: 20 players (14-16 yrs)": the number counts the group
        totals.append(int(next(x for x in m.groups() if x)))
        g.used.append(m.span())
    g.total = totals[-1] if totals else None
    if len(set(totals)) > 1:
        g.checks.append(("guests", f"two different guest totals ({totals[0]} and {totals[-1]})"))
    adults = (
        sum(adults_by_word.values()) + teens + counts["adults"] if (adults_by_word or teens) else None
    )
    kids = counts["children"] + counts["toddlers"]
    kids_said = any(k.count is not None for k in mentions) or counts["toddlers"] + counts["children"] > 0
    if adults is None and counts["adults"] and g.total is None:
        adults = counts["adults"]  # only guests listed by age
    company = writer_party(text, kids_said=kids_said) if g.total is None else None
    if company is None and g.total is None and not kids_said:
        company = writer_and_friends(text)
    by_word = sum(adults_by_word.values()) + teens
    if company and by_word and by_word != company.friends:
        company = None  # the friends' word counted adults ("me + 9 coworkers"); nothing else
    if company:  # "me and my gf + 4 friends", "me, my wife and our 3 kids"
        adults = company.adults + counts["adults"]
        g.used.append(company.span)
    if g.total is not None:
        if adults is None:
            if counts["_unknown_kids"] or re.search(
                r"\b(?:including|incl|with)\s+(?:the\s+)?kids\b", text
            ):
                g.checks.append(("guests", f"how many of the {g.total} guests are kids?"))
            if g.total < kids:
                g.checks.append(("guests", f"{kids} kids but {g.total} guests in all"))
            adults = max(g.total - kids, 0) + counts["adults"]
            if not kids_said:
                g.notes.append(f"priced all {g.total} guests as adults 13+")
        elif g.total not in (adults + kids, adults + counts["children"], adults):
            g.checks.append(("guests", f"the counts do not add up: {adults} adults and {kids} kids, "
                                       f"but {g.total} guests in all"))  # fmt: skip
    counted = bool(adults_by_word or teens or g.total is not None or company)
    g.adults_said = adults is not None and counted  # not only kids' ages of 13 and over
    g.aged_adults = counts["adults"]
    if adults is None and not kids_said:
        return g  # "do kids eat free?" names no party
    g.adults = adults or 0
    if kids_said or counts["_unknown_kids"]:
        g.children, g.toddlers = counts["children"], counts["toddlers"]
    return g
