"""Grown-ups who join, told twice in one sentence: "2 more dads signed up so add 2 adults", "3 more
parents rsvp'd, please add 3 adults". The arrival and the request count the same people once:
the request ("add 2 adults") is read by the guest reader as adults added, and the arrival before
it is hidden from every count (`followups`), explained by it. When the two counts differ ("3 more
parents rsvp'd so add 2 adults") the arrival is hidden the same way and asked about. Joiners
named by any grown word ("2 more engineers r joining so add 2 ppl") or as couples, two each ("1
more couple wants to come, add 2 adults"), are the same restated arrival."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.more_then_total import NOT_GROWN
from orchestrator.reading.office_holders import holder_joins

Span = tuple[int, int]

# who joins: grown-ups by a word of their own (never players, students or kids, who may be kids)
_GROWN = (
    r"(?:parents|parent volunteers|volunteers|dads|moms|mums|fathers|mothers|grandparents|grandmas|"
    r"grandpas|teachers|chaperones|coaches|adults|grownups|grown-ups|aunts|uncles|coworkers|"
    # one of them ("1 more coach is coming, add 1 adult")
    r"co-workers|colleagues|neighbors|neighbours|friends|guests|people|(?:mom|dad|mum|parent|coach|"
    r"teacher|chaperone|volunteer|neighbou?r|friend|coworker|colleague|aunt|uncle|adult|guest))"
)
_GROWN_WORD = re.compile(_GROWN + r"\Z")
# or by any plural word no kid's ("2 more engineers"), or as couples, two people each ("1 more
# couple from down the street"); where they come from may follow, without a number
_WHO = (
    r"\b(\d{1,3})\s+more\s+(?:of\s+(?:my|our|the|his|her|their)\s+)?"
    # whose they are: "2 more of my husband's coworkers" (round q82p); "2 more parent volunteers"
    # (a grown role by two words, q85f)
    r"(?:[a-z]+(?:-[a-z]+)?'s\s+)?(?:(?P<couple>couples?)|(?P<who>(?:(?:parent|adult)\s+)?[a-z]+(?:-[a-z]+)?)"
    # or by where they come from alone: "2 more from the warehouse crew" (round q83i)
    r"|(?=from\s))"
    r"(?:\s*\bfrom\s+(?:the\s+|our\s+|my\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)?"
)
_ARRIVAL = (
    r"(?:(?:just|also|have|has|now)\s+)?(?:(?:rsvp'?d|rsvped)(?:\s+yes)?|signed up|confirmed|said yes|"
    # "2 more couples coming, add 4 adults": the verb's "are" may be left out (round q79o)
    r"(?:(?:are|r|is|will be)\s+)?(?:coming|joining)|can (?:come|make it)|wants? in|"
    r"(?:wants?|wanna)\s+(?:to\s+)?(?:come|join(?:\s+us)?)|"
    # "2 more of my coworkers are bringing a plus-one, so add 2 adults": one partner each, the
    # people the request adds (round q79j)
    r"(?P<bringing>(?:are|r|will be|will)\s+(?:bringing|bring)\s+(?:a|their)\s+(?:plus[- ]?ones?|"
    r"plus[- ]?1|\+1|spouses?|partners?|wife|wives|husbands?|significant others?)))"
)
_RESTATED = gated(re.compile(
    rf"{_WHO}\s+{_ARRIVAL}\s*[,.!;-]*\s*(?:(?:so|and)\s+)?"
    r"(?:(?:please|pls|plz|can you|could you)\s+)?"
    r"(?=add\s+(?P<asked>\d{1,3})\s+(?:more\s+)?(?:adults?|grown-?ups|people|ppl|guests|persons|folks)\b"
    # "... are joining so add 2 more": the request with no guest word, the arrival's people again
    r"|(?P<bare>add\s+(?P<again>\d{1,3})\s+more)(?=\s*(?:$|[.!?,;\n])))"
))  # fmt: skip


def _grown(m: re.Match[str]) -> bool:
    """The joiners are grown-ups: couples, a grown-up's word, or a plural word of no kid."""
    who = m.group("who")
    if who is None:
        return True
    return bool(_GROWN_WORD.match(who)) or (who.endswith("s") and not NOT_GROWN.search(who))


def restated_adds(text: str) -> list[tuple[Span, str | None]]:
    """The arrivals of normalized `text` the request after them restates, each with a check when
    the two counts differ (None when they agree); couples count two each."""
    found = holder_joins(text)  # "our coach wants to come too! add 1 adult"
    for m in _RESTATED.finditer(text):
        if not _grown(m) or (m.group("bringing") and m.group("couple")):
            continue  # (a couple bringing someone: how many?)
        told = int(m.group(1)) * (2 if m.group("couple") else 1)
        if m.group("bare"):  # "add 2 more" is read by no guest reader: it goes, the arrival stays
            asked = int(m.group("again"))
            why = None if told == asked else f"{told} more joining, but add {asked} more: how many?"
            found.append((m.span("bare"), why))
            continue
        asked = int(m.group("asked"))
        why = None if told == asked else f"{told} more joining, but add {asked} adults: how many?"
        found.append((m.span(), why))
    return found
