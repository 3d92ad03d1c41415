"""The kids of normalized text counted by the guest reader (`guests`): kid words with their counts
and ages ("3 kids (4, 7, 9)", "Kids: 2"), kids who are more ("add 3 kids 4, 7 and 9"), and the
little ones ("1 toddler (2yo)", "a baby 10 months", "and 2 under 5", "Toddlers: 2")."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.age_qualifiers import toddler_ages_check
from orchestrator.reading.choosers import band_choosing
from orchestrator.reading.forms import blank_field
from orchestrator.reading.group_removals import band_heading
from orchestrator.reading.groups import young_counts
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.kids import LIST, KidMention, add_kids, kid_mention
from orchestrator.reading.kids_away import kids_not_new
from orchestrator.reading.phrases import event_names
from orchestrator.reading.totals import ANY_GUEST, KID, TODDLER

Span = tuple[int, int]

# "1 toddler (2yo)", "a baby (8 months)": the age told with the count; months are under 1.
_TODDLER_AGE = (
    r"(?:\s*\(\s*(?:ages?\s*)?(\d{1,2}(?:\s*(?:,|&|and|\bn\b)\s*\d{1,2})*)\s*(mo|months?)?\s*"
    r"(?:yo|y/o|yrs?|years?)?(?:[- ]?old)?\s*\))?"
)
# "1 baby 10 months", "1 baby, 8 months old": one baby's age in months without a bracket
_MONTHS = r"(\s*,?\s*\d{1,2}\s*(?:mos?|months?)\b(?:[- ]?old)?)?"
# "+ baby (10 months)", "and baby (1)": one little one without a count, its age in the bracket
_ONE_LITTLE = rf"(?:(?<=[+&] )|(?<=\band ))(?:{TODDLER})\b(?=\s*\(\s*\d){_TODDLER_AGE}"
# "for the kids", "of our kids": a group named again ("Number of children (6-12): 2" is a field)
_NAMED_AGAIN = re.compile(r"(?<!number )(?<!# )\b(?:the|our|my|for|of)\s*$")
# "2 kids (8, 11), the 2 kids just want chicken": the kids counted before, named again by their
# count with their choice ("the 2 kids of my neighbor" may be others: counted, and checked)
_COUNT_AGAIN = re.compile(r"\b(?:the|those|these|both|our)\s+(\d{1,3})\s+$")
_CHOOSE = re.compile(
    r"\s+(?:(?:just|only|all|both|will|would|can)\s+)*(?:want|wants|get|gets|like|prefer|eat|"
    r"have|are having|r having)\b"
)


def kids_counted(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int]
) -> tuple[list[KidMention], list[KidMention], list[Span]]:
    """The kids `text` counts, added to `counts` by band and to `g` (spans used, ages, checks):
    the kid words read (each with its count and ages), those of them a group's choice names
    ("Kids want chicken"), and the spans of the kids and their ages."""
    mentions, choosing, kid_spans = _kid_words(text, catalog, g, counts)
    _little_ones(text, catalog, g, counts, kid_spans)
    return mentions, choosing, kid_spans


def _kid_words(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int]
) -> tuple[list[KidMention], list[KidMention], list[Span]]:
    """Each kid word with its count and ages ("3 kids (4, 7, 9)"), but a group named again ("for
    the kids"), an event's name ("girls night") or a form's field left blank."""
    kid_spans: list[Span] = []
    mentions: list[KidMention] = []
    choosing: list[KidMention] = []
    events = event_names(text) + kids_not_new(text)  # "our 3 grown kids and their spouses"
    for m in re.finditer(rf"\b(?:{KID})\b", text):
        if any(s <= m.start() < e for s, e in events):
            continue  # "girls night": the event's name
        if blank_field(text, *m.span()):
            g.used.append(m.span())  # a form's field left blank ("Kids:\nZip: 95762"): no kids
            continue
        if _NAMED_AGAIN.search(text[max(0, m.start() - 13) : m.start()]) and not (
            LIST.match(text[m.end() : m.end() + 40]) or re.match(r"\s*(?:are|ages?)", text[m.end() :])
        ) or band_heading(text, *m.span()):
            continue  # "chicken for the kids", "kids: no filet": a group named again, not a new count
        again = _COUNT_AGAIN.search(text, max(0, m.start() - 14), m.start())
        if again and _CHOOSE.match(text, m.end()) and any(k.count == int(again[1]) for k in mentions):
            g.used.append((again.start(1), again.end(1)))
            continue
        before = len(g.used)
        mentions.append(kid_mention(text, m, catalog, g.used))
        choosing += [mentions[-1]] if band_choosing(text, *m.span()) else []  # "Kids want chicken"
        kid_spans.append((m.start(), max([m.end(), *(e for _, e in g.used[before:])])))
    g.age_lists = [(k.listed, k.count == len(k.ages)) for k in mentions if k.listed]
    g.kid_ages = [age for k in mentions for age in k.ages]
    g.kids_by_ages = bool(g.kid_ages) and all(k.count is None for k in mentions)
    kid_checks, kid_notes = add_kids(mentions, catalog, counts)
    g.checks += kid_checks
    g.notes += kid_notes
    # "add 3 kids 4, 7 and 9", "3 more kids are coming, my cousin's kids, they're 4, ...": more
    # ("his other 2 kids": someone's kids beside those counted)
    g.kids_more = sum(k.count is not None for k in mentions) == 1 and bool(re.search(
        rf"\b(?:\d{{1,3}}\s+more|(?:add|adding)\s+(?:another\s+)?\d{{1,3}}"
        rf"|(?:his|her|my|our|their)\s+other\s+\d{{1,3}})\s+(?:{KID})\b", text
    ))
    return mentions, choosing, kid_spans


def _little_ones(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int], kid_spans: list[Span]
) -> None:
    """Little ones counted with their ages ("1 toddler (2yo)", "a baby 10 months", "+ baby (1)"),
    under an age ("and 2 under 5") or in a form's field ("Toddlers: 2")."""
    for m in re.finditer(
        rf"\b(\d{{1,3}})[ \t]*(?:more\s+)?(?:{TODDLER})\b{_TODDLER_AGE}{_MONTHS}|{_ONE_LITTLE}", text
    ):
        if m.group(4) and m.group(1) != "1":
            continue  # "2 babies 10 months": whose age? the age is left unplaced, and asked
        counts["toddlers"] += int(m.group(1) or 1)
        g.used.append(m.span())
        kid_spans.append(m.span()) if m.group(4) else []  # "10 months old": that baby, no guest more
        ages, months = (m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(6))
        told = ages and not months and toddler_ages_check(int(m.group(1) or 1), ages, catalog)
        if told:  # "2 toddlers (2 and 7)"
            g.checks.append(("kids", told))
    for young in young_counts(text, catalog):  # "and 2 under 5"
        counts[young.band or "children"] += young.count
        g.used.append(young.span)
        g.checks += [("kids", young.check)] if young.check else []
    # "Toddlers: 2" (a form's field), not "the baptism of our baby: 20 adults, ..."
    for m in re.finditer(rf"\b(?:{TODDLER})\s*[:=]\s*(\d{{1,3}})\b(?!\s*(?:{ANY_GUEST})\b)", text):
        counts["toddlers"] += int(m.group(1))
        g.used.append(m.span())
