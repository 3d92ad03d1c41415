"""The guest part of one message's reading, wired in one place: the guests `extract_guests` finds
once the people other readers account for are hidden from it, and the spans of the message those
readers explain.

Hidden before the guest reading: the writer's own role ("team mom for the thunder u14 girls"), a
couple as the subject ("my wife and i are ... us 2 plus"), totals the message explains ("9 of us
plus our spouses, so 18"), joiners told beside a new total ("4 more pickers signed on so make it
25 adults"), counts explained in brackets ("23 (20 + 3)"), and named people a count adds ("our VP
and his wife are joining, so add 2"). Joiners with no count before them to add to become a
recount, checked: the count before plus them must be the total said."""

from __future__ import annotations

from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.reading.blanking import hide
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.couple_subject import couple_subject
from orchestrator.reading.explained_totals import explained_totals
from orchestrator.reading.follow_up import FollowUp
from orchestrator.reading.group_counted import group_counted
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.guests import extract_guests
from orchestrator.reading.more_then_total import more_then_total
from orchestrator.reading.named_add import named_add
from orchestrator.reading.named_difference import named_difference
from orchestrator.reading.not_then_joiners import not_then_joiners
from orchestrator.reading.partner_reasons import partners_add
from orchestrator.reading.per_group import per_group_checks
from orchestrator.reading.person_choices import children_named_again
from orchestrator.reading.person_lines import line_choices, roster
from orchestrator.reading.proteins import extract_proteins
from orchestrator.reading.share_brackets import agreed_shares, share_brackets
from orchestrator.reading.some_join_total import some_join_total
from orchestrator.reading.who_brackets import counted_brackets, who_in_brackets
from orchestrator.reading.writer_role import writer_role

Span = tuple[int, int]
Check = tuple[str, str]


@dataclass(frozen=True, kw_only=True)
class GuestPart:
    """The guests of one message and what the readers around the guest reader explain."""

    guests: Guests
    checks: list[Check]  # the guest reader's, and a joiners' recount
    used: list[Span]  # numbers explained: the guests', the intro's, the brackets', the joiners'
    intro: list[Span]  # the writer's role, a couple as subject, explained totals
    brackets: list[Span]  # "coach ray (#44)": who the bracket's number is
    shares: list[Span]  # "a third of us (4 ppl)": the share's count, as the party's share says
    text: str  # what the guest reader read, with the hidden spans blanked


def read_guest_part(norm: str, follow: FollowUp, catalog: Catalog) -> GuestPart:
    """The guest part of normalized `norm`; `follow` is the follow-up reading of the same text."""
    intro = writer_role(norm) + couple_subject(norm)
    intro += explained_totals(norm, catalog_words(catalog)[0])
    joined, joined_spans = more_then_total(norm)
    if not joined_spans:  # "16 adults now, my neighbors are coming too so add 2 more": the 2
        joined, joined_spans = group_counted(norm)
    if not joined_spans:  # "2 of our custodians will be joining us too, so it's 37 now": the 2
        joined, joined_spans = some_join_total(norm)
    if not joined_spans:  # "its 24 not 22, 2 more moms rsvp'd": the 2
        joined, joined_spans = not_then_joiners(norm)
    hidden = follow.hidden + intro + joined_spans + children_named_again(norm)  # "our 10 year old"
    hidden += counted_brackets(norm, brackets := who_in_brackets(norm))
    hidden += [span for span, _, _ in share_brackets(norm)]  # "a third of us (4 ppl)": not 4 in all
    added_named, added_moved = named_add(norm)
    partners, partners_moved = partners_add(norm)  # "2 of them r bringing dates so add 2": adults
    added_named, added_moved = added_named + partners, added_moved + partners_moved
    text = hide(norm, hidden, [*follow.moved, *added_moved])  # "23 (20 + 3)": 23
    text, lines = person_lines(text, catalog)
    guests = extract_guests(text, catalog)
    checks = list(guests.checks) + per_group_checks(norm)  # "each family is 4 adults": how many?
    if joined and not guests.recount_adds:
        guests.recount_adds, checks = joined, [*checks, ("recount", f"{joined} more than what count?")]
    used = list(guests.used) + follow.explained + intro + brackets
    used += joined_spans + added_named + named_difference(norm)  # "14 adults not 12, my boss and his"
    used += lines + (shares := agreed_shares(norm, guests))  # a block of person lines: its ages
    return GuestPart(guests=guests, checks=checks, used=used, intro=intro, brackets=brackets,
                     shares=shares, text=text)


def person_lines(text: str, catalog: Catalog) -> tuple[str, list[Span]]:
    """`text` with a block of person lines ("me: filet + shrimp / ... / our daughter (8): chicken")
    written as the guests it counts ("5 adults, 1 kids (8)", padded to its length), and its span;
    unchanged when there is none, when its lines' proteins do not read one a line (`line_choices`:
    "my mom: maybe" is no guest counted), or when a count outside it says guests too."""
    found = roster(text, catalog.guests)
    if found is None:
        return text, []
    if line_choices(text, extract_proteins(text, catalog), found.adults, len(found.kids),
                    catalog.guests) is None:
        return text, []
    start, end = found.span
    summary = found.summary()
    if len(summary) > end - start:
        return text, []
    outside = extract_guests(hide(text, [found.span]), catalog)
    if any(n is not None for n in (outside.adults, outside.children, outside.toddlers, outside.total)):
        return text, []  # "we're 6": the lines are not the whole party
    return text[:start] + summary.ljust(end - start) + text[end:], [found.span]
