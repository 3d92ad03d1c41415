"""Guests counted one by one from their age ("an 8 year old", "my 11 yo", "3 year old twins"),
with the cases where such words name a guest counted already: whose party it is ("a party for my
9 yo" among the kids counted), a kid named again ("the 12 year old turned 13"), a little one who
shares a plate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.age_bands import band
from orchestrator.reading.aged_dropout import drops_out
from orchestrator.reading.birthday_soon import NOW, birthday_to_come, placed_birthdays
from orchestrator.reading.diet_remarks import eats_little
from orchestrator.reading.kids import KidMention
from orchestrator.reading.phrases import MULTIPLES
from orchestrator.reading.relative_kid import relative_moves

if TYPE_CHECKING:
    from orchestrator.reading.guest_record import Guests

# "an 8 year old", "my 11 yo", "our 4yo": one guest by age ("old" may be left out after a
# possessive or an article: "11 yo" alone may be an age told for others)
_YEAR_OLD = gated(re.compile(
    # (not the last of a list or range of ages: "14 teens (16 and 17 yr olds)" are the group's ages)
    r"(?<![\d/])(?<!\d-)(?<!\d -)(?<!\d to )(?<!\d and )(?<!\d & )(?<!\d, )"
    # (nor the age of a whole group: "6 of her classmates (all 7 yrs old)" are 6 of 7)
    r"(?<!\ball )(?<!\bboth )"  # ("3 babies (both 10 months old)": no baby more, asked)
    r"\b(\d{1,2})[- ]?(years?|yrs?|yo|y/o|months?)(?:[- ]?olds?)\b"
    r"|(?:(?<=\bmy )|(?<=\bour )|(?<=\bhis )|(?<=\bher )|(?<=\ba )|(?<=\ban ))(\d{1,2})[- ]?(yo|y/o)\b"
))  # fmt: skip
# "the 5 year old (is) really free?", "the 4 yr old eats free?": the guest's price asked about
_PRICE_ASKED = re.compile(
    r"\s+(?:is\s+|are\s+|will\s+be\s+)?(?:really\s+|actually\s+|still\s+|also\s+)?(?:eats?\s+|eating\s+)?"
    r"(?:free|for\s+free|no\s+charge|not\s+charged|included)\b"
)
# "4 yr old is free right?" opening a sentence, as "the 4 yr old" would: a guest asked about
_OPENS = re.compile(r"(?:\A|[.!?,\n]|\b(?:so|is|and is|but|then|wait)\b)\s*\Z")
# A little one of the order who eats from someone's plate: no portions of their own.
_SHARES = re.compile(
    r"\s+(?:will\s+|can\s+|just\s+|only\s+)*(?:shares?|sharing|eats?|picks?|nibbles?)\s+"
    r"(?:whatever\s+|stuff\s+|food\s+)?(?:with|off|from)\s+(?:my|mom'?s|mommy'?s|dad'?s|our|his|her|me|us|"
    r"mom|mommy|dad|daddy|mama|papa)\b"
)
# The age in the twins' bracket ("our twins (3 yr old)"): theirs, not one guest more; with a
# possessive the relation reader counts them, else they are counted here
_TWINS_BRACKET = re.compile(
    r"(?:\b(my|our|his|her|their|the)\s+)?\b(twins|triplets)\s*\(\s*(?:aged?\s+)?\Z"
)
_FOR_WHOM = re.compile(r"\b(?:for|of|to|with|as)\s+(?:my|our|his|her|a|an)\s*$")
_PARTY_FOR = re.compile(r"\b(?:party|bday|birthday|celebration|dinner)\s+for\s+(?:my|our)\s*$")
# "the 4 yr old doesnt need a plate", "... doesn't have to pay" (round q82m): a little one's free
# place asked about or told, as "is the 4 yr old free?" (a kid 6-12 without a plate is asked)
_NO_PLATE = re.compile(
    r"\s+(?:really\s+|actually\s+)?(?:doesn'?t|does\s+not|dont|don'?t|won'?t|wont|will\s+not)\s+"
    r"(?:need|have|get)\s+(?:to\s+pay|(?:a|her|his|their)\s+(?:own\s+)?plate|plate)\b"
)
# "..., she's 4": the same age told again of the kid just named
_AGE_AGAIN = re.compile(
    r"[^.!?\n]{0,40}?\b(?:she|he)(?:'s|s|\s+is)\s+(\d{1,2})\b(?!\s*(?:more|kids|adults|%|\$))"
)
# "the baby is 8 months", "our little one is only 10 months old" (round q82m): the age of a
# little one named, no guest more; asked unless the order corrected counts a little one
_BABY_MONTHS = re.compile(
    r"\b(?:the|my|our)\s+(?:baby|infant|little\s+one)\s+(?:is|'s|s)\s+(?:only\s+|just\s+)?"
    r"(\d{1,2})\s*(?:months?|mos?)\b(?:\s+old)?"
)
# "she's 90 years old", "my son is 8 years old": an age told of someone named, no guest more
_NOT_A_GUEST = re.compile(r"(?:turning|turns|turned|is|are|was|'s|'re)\s*$")
# the writer's own age, a grown-up's ("at 86 years old I type slow", "I'm 70 years old"): who
# writes, counted (or not) by the words of the count
_WRITERS_AGE = re.compile(r"\b(?:at|i\s+am|i'm|i’m|im)\s*$")
# "do my 10 yr olds bday", "our 8 year old's party": whose party it is, named by the age
_MINE = re.compile(r"\b(?:my|our)\s*$")
# "two 9 year olds" (normalized "2 9 year olds"): that many kids of that age (round q83m)
# ("24 8 year olds", a class told by its grade: `grade_ages`, q86k)
_SEVERAL = re.compile(r"(?<![\d.,:/$-])(?<!\d )\b([2-9]|[1-4]\d)\s+\Z")
_WHOSE_EVENT = re.compile(r"'?s?\s+(?:bday|b-day|birthday|party|celebration)\b")
def count_year_olds(
    text: str,
    catalog: Catalog,
    g: Guests,
    counts: dict[str, int],
    kid_spans: list[tuple[int, int]],
    mentions: list[KidMention],
) -> None:
    """Add the guests told one by one by their age to `counts`, with the spans explained and the
    checks raised in `g` (`kid_spans`: the words of the kids counted already)."""
    for m in _YEAR_OLD.finditer(text):
        if any(s <= m.start() < e for s, e in kid_spans) or _NOT_A_GUEST.search(text[: m.start()]):
            continue
        if m.group(1) and int(m.group(1)) >= 18 and _WRITERS_AGE.search(text[: m.start()]):
            continue
        if twins := _TWINS_BRACKET.search(text[max(0, m.start() - 30) : m.start()]):
            if not twins.group(1):  # "twins (3 yr old)"
                age, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
                counts["toddlers" if unit.startswith("month") else band(int(age), catalog)] += MULTIPLES[
                    twins.group(2)
                ]
                g.used.append(m.span())
            continue
        before = text[max(0, m.start() - 5) : m.start()]
        whose = _MINE.search(before) and _WHOSE_EVENT.match(text, m.end())
        if (
            whose
            or _FOR_WHOM.search(text[max(0, m.start() - 12) : m.start()])
            and (m.group(3) or _PARTY_FOR.search(text[max(0, m.start() - 40) : m.start()]))
        ):
            # "a party for my 9 yo": whose party it is; with kids of that band counted, one of them
            # ("bday party for my 8 yr old, 6 kids ages 7-9"), else a guest of its own (its number
            # left unread when "my 9 yo" alone may be an age told for others)
            years = int(m.group(1) or m.group(3))
            kids_band = band(years, catalog) in ("children", "toddlers") and counts[band(years, catalog)]
            # "going away party for our 18 yr old ... our 3 kids (18, 12, 4)": a grown child among
            # the ages listed is one of them too
            listed = any(years in k.ages for k in mentions)
            if (kids_band or listed) and _told_age(text, m.span(), years, mentions):
                g.used.append(m.span())  # among the kids counted, by the ages told for them
            if kids_band or listed or m.group(3) or band(years, catalog) == "adults":
                # without the age among theirs: one of them, or one more? asked ("party for our
                # 18 yr old. 10 adults": inside the 10, or one more?)
                continue
        asked = _OPENS.search(text, 0, m.start()) and _PRICE_ASKED.match(text, m.end())
        named = re.search(r"\bthe\s*$", before) or asked  # "the 4 yr old", "4 yr old is free?"
        # "my 12 yr old turned 13", "our 4 yo turns 6 next week": the writer's kid of the order
        # with a new age (read alone, "my 12 yr old" was a new count of one kid, a confident wrong)
        mine = _MINE.search(before) and (drops_out(text, m.end()) or NOW.match(text, m.end()))
        if named or mine:
            shares = _SHARES.match(text, m.end())
            if shares and m.group(1) and band(int(m.group(1)), catalog) == "toddlers":
                g.used.append((m.start(), shares.end()))  # "the 2 yr old shares with me": free
                g.kid_named = True
                continue
            told = m.group(1) or m.group(3)
            now = NOW.match(text[m.end() : m.end() + 30])
            same = now and band(int(now["age"]), catalog) == band(int(told), catalog)
            little = (m.group(2) or "").startswith("month") or band(int(told), catalog) == "toddlers"
            if not now and little and (again := _AGE_AGAIN.match(text, m.end())) and again[1] == told:
                g.used.append(again.span(1))  # "the 4 yr old doesnt need a plate lol she's 4"
            ate = None if now or not little else eats_little(text, m.end())
            if now and not same and birthday_to_come(text, now, m.end()):
                # "our 4 yo turns 6 next week": the party may come first; the order kept, asked
                g.checks.append(("turning", f"'{m.group(0)}' turning {now['age']}: before or after "
                                            "the party? (the kid's price may change)"))  # fmt: skip
            elif now and not same:  # "the 12 year old turned 13": a kid moves to another band
                g.moves.append((band(int(told), catalog), band(int(now["age"]), catalog), int(told)))
                g.checks.append(("move", f"'the {m.group(0)}' now {now['age']}: not in the order"))
            elif not now and little and (_NO_PLATE.match(text, m.end()) or ate):
                if ate:  # "the 4 yr old just eats rice anyway": eats free, no portion (round q86e)
                    g.used.append((m.end(), ate))
                # "the 4 yr old doesnt need a plate": free, of that age counted? (one of the ages
                # this message lists is counted there)
                if not any(int(told) in k.ages for k in mentions):
                    g.checks.append((f"free_{told}", f"'the {m.group(0)}' free: not in the order"))
            elif not same and _PRICE_ASKED.match(text, m.end()):
                # "is the 5 year old really free?" after a quote: a guest the order counts, asked
                # about, no change (kept asked when the order counts none of that age); one of the
                # ages this message lists is counted there ("2 kids (4 and 9). 4 yr old is free?")
                if not any(int(m.group(1) or m.group(3)) in k.ages for k in mentions):
                    g.checks.append((f"again_{band(int(m.group(1) or m.group(3)), catalog)}",
                                     f"'the {m.group(0)}' asked about: not in the order"))  # fmt: skip
            elif not same:
                g.checks.append(("kids", f"'the {m.group(0)}' named again: what changes?"))
                # "the 5 yr old", "our 4yo": who may drop out
                if not (m.group(2) or "").startswith("month"):
                    g.named_kids.append((int(told), band(int(told), catalog)))
            g.used.append((m.start(), m.end() + (now.end() if now else 0)))  # counted already
            g.kid_named = True
            continue
        age, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        many = re.match(r"\s+(twins|triplets)\b", text[m.end() :])  # "3 year old twins": 2
        plural = m.group(0).endswith("s") and not unit.endswith("s")  # "9 year olds", "9 yrs old"
        several = _SEVERAL.search(text, 0, m.start()) if plural else None
        if plural and not several:
            # "some 9 year olds": more than one, of no number told (round q83m): asked
            g.checks.append(("kids", f"'{m.group(0)}': how many?"))
            g.used.append(m.span())
            continue
        counts["toddlers" if unit.startswith("month") else band(int(age), catalog)] += (
            int(several.group(1)) if several else MULTIPLES[many.group(1)] if many else 1
        )
        first = several.start(1) if several else m.start()
        g.used.append((first, m.end() + (many.end() if many else 0)))
    for m in _BABY_MONTHS.finditer(text):  # "the baby is 8 months": a little one named again
        if not any(s <= m.start(1) < e for s, e in g.used):
            g.used.append(m.span(1))
            g.checks.append(("again_toddlers", f"'{m.group(0)}': not in the order"))
    for reason, span in placed_birthdays(text):  # "our youngest turns 6 next week": asked
        g.used.append(span)
        g.checks.append(("turning", reason))
        g.kid_named = True
    for move, span in relative_moves(text, catalog):  # "the younger one is actually 6 now"
        g.moves.append(move)
        g.used.append(span)
        g.checks.append(("move", f"'{text[span[0] : span[1]]}': which kid of the order?"))
        g.kid_named = True


def _told_age(text: str, skip: tuple[int, int], age: int, mentions: list[KidMention]) -> bool:
    """Whether `age` is among the ages told for the kids counted (a list or a range), outside the
    words at `skip` that name it."""
    if any(age in k.ages for k in mentions):
        return True
    for r in re.finditer(r"\b(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b", text):
        if not (skip[0] <= r.start() < skip[1]) and int(r.group(1)) <= age <= int(r.group(2)):
            return True
    return False
