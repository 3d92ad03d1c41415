"""Twins, triplets and the like told with their age ("2 adults + twins age 4", "our twins (they're
turning 4)"): counted by their band unless the kids counted with all their ages already hold them,
and checked when they may be among those kids or are told with two ages."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.groups import band
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.kids import KidMention
from orchestrator.reading.multiples import grown_in_count, multiples_aged, owned_span
from orchestrator.reading.phrases import MULTIPLES

__all__ = ["NAMED_AGAIN", "count_multiples"]

NAMED_AGAIN = ": of the kids counted before, or more?"  # the check's end, after the twins and age


def count_multiples(
    text: str, catalog: Catalog, g: Guests, counts: dict[str, int], mentions: list[KidMention]
) -> None:
    """Adds the multiples told with an age to `counts`, their spans to `g.used` and their doubts
    to `g.checks`."""
    said = [m for m in multiples_aged(text) if _said_to_be(text, m)]
    said_spans = {m.span() for m in said}
    for m in said:  # "the toddlers are twins (2)", "the little ones are twins, age 2": no more kids
        _same_kids(m, MULTIPLES[m.group(1)], band(int(m.group(2)), catalog), g, counts)
    with_count = [k for k in mentions if k.count is not None]
    # the kids counted with all their ages ("4 kids (7, 8, 8, 10)"): twins of another age are
    # beside them, twins of an age listed twice among them; kids counted without their ages may
    # be the twins or not, their number left unplaced (asked)
    full = all(k.count == len(k.ages) for k in with_count)
    kid_list = [a for k in with_count for a in k.ages] if full else None
    if not with_count or kid_list is not None:  # "2 adults + twins age 4"
        born_together: set[tuple[str, int]] = set()
        for m in multiples_aged(text):
            if m.span() in said_spans:
                continue
            many, age = MULTIPLES[m.group(1)], int(m.group(2))
            if any(s < m.end() and m.start() < e for s, e in g.used):
                # "my twins (10)": counted with the relations above, and so are the twins of a
                # birthday of that age ("twins 9th bday: the twins (9) + ...")
                born_together.add((m.group(1), age))
                continue
            if (m.group(1), age) in born_together:  # "twins 1st birthday ... the twins who turn 1"
                g.used.append(m.span())
                continue
            if any(word == m.group(1) for word, _ in born_together):  # "twins 4th bday ... twins age 7"
                g.checks.append(("kids", f"{m.group(1)} of two ages: the same {m.group(1)}?"))
            born_together.add((m.group(1), age))
            among = kid_list.count(age) if kid_list else 0
            if 0 < among < many:
                g.checks.append(("kids", f"{m.group(1)} of {age}: among the kids listed or beside?"))
            elif not among and not grown_in_count(text, age):  # grown twins: in the count
                counts[band(age, catalog)] += many
                if _named_again(text, m, counts, mentions):
                    g.checks.append(("kids", f"'the {m.group(1)}' of {age}{NAMED_AGAIN}"))
            g.used.append(owned_span(text, m))  # "our twins (they're turning 4)": "our" theirs
            # "... + the twins + 6 of their friends": the twins counted, named again
            g.used += [a.span() for a in re.finditer(rf"\bthe {m.group(1)}\b", text)]
    if some := _some_aged(text, counts, mentions):  # about the order's kids: a quote's follow-up
        g.checks += [("kids", c) for c in some]
        g.kid_named = True


# The kids counted before, said to be the twins ("the toddlers are twins (2)", "the little ones
# are twins, age 2", "they're twins (2)"): who those kids are, no guests more
_SAID_TO_BE = re.compile(
    r"\b(?:(?:the|our|my)\s+(?:little ones|littles|toddlers|babies|kids|children)"
    r"|they)\s*(?:are|r|'re|re)\s+(?:both\s+|all\s+)?\Z"
)


def _said_to_be(text: str, m: re.Match[str]) -> bool:
    return bool(_SAID_TO_BE.search(text, max(0, m.start() - 40), m.start()))


def _same_kids(m: re.Match[str], many: int, said: str, g: Guests, counts: dict[str, int]) -> None:
    """The twins said to be kids counted before: their age read when as many of its band are
    counted; asked otherwise (counted in another band, or fewer: which kids are they?)."""
    g.used.append(m.span())
    if counts[said] < many:
        g.checks.append(("kids", f"{m.group(1)} of {m.group(2)}: which of the kids counted?"))


# "the twins are 4" in a message that counts no one else: twins the order's kids may already hold
# (its 3 kids of no ages), which a count alone would replace (round q83n)
_THE = re.compile(r"\bthe\s+\Z")


def _named_again(
    text: str, m: re.Match[str], counts: dict[str, int], mentions: list[KidMention]
) -> bool:
    """Whether the multiples of `m` are named with "the" in a message counting no other guest
    and saying no other number ("14 adults plus the triplets (they're 7)" counts them)."""
    others = counts["adults"] + counts["children"] + counts["toddlers"] - MULTIPLES[m.group(1)]
    alone = not others and not mentions and not re.search(r"\d", text[: m.start()] + text[m.end() :])
    return alone and bool(_THE.search(text, max(0, m.start() - 4), m.start()))


# "2 of them are 4", "two of the kids are 3": an age for some of the kids counted before, in a
# message counting no one (round q83s); who the others are and how old is not said: asked, as
# "the twins are 4" is, never a count (it went to staff unread)
_SOME_AGED = re.compile(
    r"\b(\d{1,2}) of (?:them|the (?:kids|children|little ones|littles))\s+(?:are|r|is|will be|turn|"
    r"turning)\s+(?:both\s+|all\s+)?(\d{1,2})\b"
)


def _some_aged(text: str, counts: dict[str, int], mentions: list[KidMention]) -> list[str]:
    """The check for an age said of some of the kids counted before, in a message counting no
    guest of its own."""
    if any(counts.values()) or mentions:
        return []
    found = list(_SOME_AGED.finditer(text))
    if len(found) != 1 or re.search(r"\d", text[: found[0].start()] + text[found[0].end() :]):
        return []  # "2 of them are 14, the other 6 are 12 and 13": more said, left to the others
    return [f"{found[0].group(1)} of the kids are {found[0].group(2)}: how old are the others?"]
