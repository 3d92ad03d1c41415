"""The ages a follow-up message tells without counting its kids anew (`followups`): kids of the
earlier count ("5 of the 20 are kids, ages 8 to 11"), ages told after the kid word ("oh and 4 kids
too, they're 7, 8 and 10"), the order's kids kept ("kids same"), and ages alone or by share ("all
between 6 and 10", "all 6 except 2 who are still 5", "half of them are 5", "4, 8 and 11")."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.age_answers import AGES_ONLY, ages_range, honoree_aside
from orchestrator.reading.aged_items import named_ages
from orchestrator.reading.alternation import alternation
from orchestrator.reading.follow_up import FollowUp
from orchestrator.reading.kids_kept import kids_kept
from orchestrator.reading.own_age import own_age
from orchestrator.reading.split_ages import ages_and_counted, all_but, halves, two_parts
from orchestrator.reading.twins_ages import twins_ages
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

_ADULT, _KID = alternation(ADULT_WORDS), alternation((*KID_WORDS, *TODDLER_WORDS))
_PEOPLE = alternation(PEOPLE_WORDS)
_TODDLER = alternation(TODDLER_WORDS)
# "5 of the 20 are kids", "3 of them are my kids", "2 of those 16 are my kids": the words between
# the number and the kid word are hidden from the guest reader, which then reads "5 kids, ages".
# "4 of them kids (7, 8, 10, 11)" after a total: no verb needed
_AMONG = gated(re.compile(
    rf"\b(\d{{1,3}})(\s+of\s+(?:(?:the|those|these|them|us|our)(?:\s+(\d{{1,4}}))?(?:\s+(?:{_PEOPLE}|"
    rf"{_ADULT}))?\s+(?:are|will be|r)\s+(?:actually\s+)?(?:(?:my|our|their|the|little)\s+)*|them\s+))"
    rf"(?=(?:{_KID})\b)"
))  # fmt: skip
# "oh and 4 kids too, they're 7, 8 and 10", "1 more kid coming, she's 4", "2 more kids coming, my
# nephews, they're 9 and 4" (who they are told between; Tagalog "my pamangkin" nieces or nephews,
# "my inaanak" godchildren, "my apo" grandkids; in brackets after joining too, "(theyre 10 and
# 7)", "(10 and 7)"; twins' one age, "the Lopez twins, theyre 9", "the twins (9)"): the words
# between the kid word and the ages are hidden, so the kid reader reads them as after the count.
_PRONOUN_AGES = gated(
    re.compile(
        rf"\b(?:{_KID})\b((?:\s+(?:can|could|will|are|is)\s+(?:also\s+|now\s+)?"
        r"(?:come|make it|joining(?:\s+us)?|join))?"
        r"(?:\s+(?:too|as well|also|now|coming|joining|are coming|is coming|after all))*\s*[,!.;:(-]*"
        r"(?:\s*(?:(?:my|our|his|her)\s+(?:mga\s+)?(?:nephews|nieces|grandkids|cousins|sons|boys|"
        r"girls|godkids|pamangkin|inaanak|apo)|the\s+(?:[a-z]+\s+)?twins)\s*[,!.;:-]*)?"
        r"(?:\s*(?:they'?re|they are|they r|she'?s|she is|he's|he is|who'?s|who is|who are)\s+"
        r"(?:both\s+|all\s+)?|(?<=[,(])(?P<bare>\s*)(?=\d{1,2}\s*(?:,|and|&)\s*\d{1,2}\b)"
        r"|(?<=twins)\s*\(\s*(?=\d{1,2}\s*\))))"
        r"(?=\d)"
    )
)  # "my sister's 2 boys are coming too, 11 and 3": after words of joining, the ages need no "they're"
_JOINING = re.compile(r"\b(?:come|coming|make it|join|joining)\b")
_NEW_COUNT = re.compile(r"(?<!\bthe )(?<!\bboth )(?<!\bthose )\b\d{1,2}\s+(?:(?:little|young)\s+)?$")


def ages_told(read: FollowUp, text: str, *, toddler_max: int, child_max: int) -> None:
    """The ages normalized `text` tells without counting its kids anew, added to `read`: the kids
    among the earlier count, the words between a kid word and its ages hidden or rewritten, and
    ages alone (with the check that asks whose they are)."""
    _among(read, text)
    _pronoun_ages(read, text, toddler_max=toddler_max)
    for span, check in kids_kept(text):  # "kids same", "kids still 12": the order's kids
        read.hidden.append(span)  # no kids counted anew
        read.checks.append(check)
    # "theyre all 12 too"; "... (the birthday boy included)": the aside blanked as long as it was
    if ranged := ages_range(honoree_aside(text)):
        read.age_range = ranged[1]
        read.hidden.append(ranged[0].span())  # no kids counted anew: those of the order
        read.checks.append(("ages", "ages given without the kids they belong to"))
    elif but := all_but(text):  # "all 6 except 2 who are still 5": the order's kids, by age
        read.all_but = but[0]
        read.hidden.append(but[1])  # no guests counted anew
        read.checks.append(("ages", "ages given without the kids they belong to"))
    elif half := halves(text, toddler_max=toddler_max, child_max=child_max):
        read.halves = half[0]  # "half of them are 5 and the other half are 8 or 9": the order's kids
        read.hidden.append(half[1])
        read.checks.append(("ages", "ages given without the kids they belong to"))
    elif parts := (two_parts(text, toddler_max=toddler_max, child_max=child_max)  # "18 of them are 13,
                   or ages_and_counted(text) or twins_ages(text)):
        read.ages = parts[0]  # the other 12 are 12", "8 and 11, and the 2 babies are 1 and 3": ages
        read.hidden.append(parts[1])
        read.checks.append(("ages", "ages given without the kids they belong to"))
    elif ages := AGES_ONLY.match(named_ages(honoree_aside(text))):  # "8, 4 and the bday girl is 1"
        read.ages = [int(n) for n in re.findall(r"\d+", ages.group(1))]
        read.explained.append(ages.span())
        read.checks.append(("ages", "ages given without the kids they belong to"))


def _among(read: FollowUp, text: str) -> None:
    """ "5 of the 20 are kids": the kids among the earlier count, the count moved next to the kid
    word so the guest reader reads "5 kids, ages 8 to 11"."""
    if among := _AMONG.search(text):
        read.among = int(among.group(3)) if among.group(3) else 0
        # the count moves next to the kid word: the guest reader reads "5 kids, ages 8 to 11"
        count = among.group(1)
        gap = " " * (among.end() - among.start() - len(count) - 1)
        read.moved.append((among.span(), f"{gap}{count} "))
        read.explained.append(among.span())


def _pronoun_ages(read: FollowUp, text: str, *, toddler_max: int) -> None:
    """ "oh and 4 kids too, they're 7, 8 and 10": the words between the kid word and the ages
    hidden, so the kid reader reads the ages as right after the count."""
    for m in _PRONOUN_AGES.finditer(text):
        if (m.group("bare") is not None and not _JOINING.search(m.group(1))) or own_age(text, m):
            continue  # "3 kids, 7 and 9": the kid reader reads the ages after the count; "the baby
            # who is 1": one relation of its own age, the relation reader's
        read.hidden.append(m.span(1))
        read.explained.append(m.span(1))
        # "my sister's 2 boys can come too! they're 7 and 9": counted kids who now come, added
        if _JOINING.search(m.group(1)) and _NEW_COUNT.search(text, 0, m.start()):
            read.arriving = True
        age = re.match(r"\d{1,2}\b(?!\s*(?:,|and|&)\s*\d)", text[m.end() :])
        if age and "twins" in m.group(1) and len(m.group(1)) > len(age.group(0)) + 5:
            read.moved.append(((m.end() - len(age.group(0)) - 5, m.end()), f"{age.group(0)} and "))
        little = re.search(rf"(?:{_TODDLER})\s*$", text[: m.start(1)])
        if age and little and int(age.group(0)) <= toddler_max:
            read.explained.append((m.end(), m.end() + age.end()))  # "a baby, she's 1": the age fits
