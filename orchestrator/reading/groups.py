"""Guests told by a group's ages or by who they bring, which plain counts miss (a form field's age
band and toddlers' ages: age_qualifiers): a group of any name with its ages ("18 friends (14-15
yrs)": teens are adults), plus-ones ("4 of them are bringing a plus-one") and a few guests
described by a diet that changes no protein ("2 guests are gluten free"). Each reader returns what
it is sure of and the span it explains; what is not sure comes back as a check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.age_bands import band
from orchestrator.reading.allergies import NAMED_ALLERGY
from orchestrator.reading.alternation import alternation
from orchestrator.reading.each_household import each_household_list
from orchestrator.reading.meatless_choices import meatless_choices as meatless_choices
from orchestrator.reading.multiples import multiples_aged
from orchestrator.reading.phrases import MULTIPLES
from orchestrator.reading.words import (
    ADULT_WORDS,
    KID_WORDS,
    PEOPLE_WORDS,
    TEEN_WORDS,
    TODDLER_WORDS,
)

Span = tuple[int, int]


_GUEST_WORDS = (*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS)
_KNOWN = alternation(_GUEST_WORDS)
_KNOWN_WORDS = frozenset(w for words in _GUEST_WORDS for w in words.split())
_AGED = gated(re.compile(
    rf"\b(\d{{1,3}})\s+(?:of\s+(?:his|her|my|our|their)\s+)?(?!(?:{_KNOWN})\b)((?:[a-z]+\s+){{0,2}}[a-z]+(?:\s+from\s+[a-z]+)?)\s*"
    r"\(\s*(?:all\s+)?(?:ages?d?\s*:?\s*)?"
    r"(\d{1,2})(?:\s*(?:-|to|and|&)\s*(\d{1,2}))?\s*(?:yrs?|years?(?:\s+old)?|yo|y/o)?\s*(?:old\s*)?\)"
))  # fmt: skip


_BORN_TOGETHER = re.compile(r"\b(?:the|my|our|his|her)\s+(twins|triplets)\s*(?:\+|&|and|plus|with)\s*\Z")

# "Twins bday": the occasion, which names the twins with no age (q84m)
_OCCASION = r"(?:'?s)?\s+(?:bday|b-day|birthday|party)\b"


def _named_once(text: str, word: str) -> bool:
    """The twins (`word`) are named once in `text`, or beside it only as the occasion ("Twins
    bday 🎈 10 adults + the twins + 4 of their friends (all 7)") with no age told anywhere (told
    elsewhere, "my twins turning 7", they are counted there)."""
    if len(re.findall(rf"\b{word}\b", text)) == 1:
        return True
    others = len(re.findall(rf"\b{word}\b(?!{_OCCASION})", text))
    return others == 1 and not any(m.group(1) == word for m in multiples_aged(text))


@dataclass(frozen=True, slots=True)
class AgedGroup:
    """A group counted with its ages: `band` None when the ages span two bands."""

    count: int
    band: str | None
    span: Span
    check: str | None = None


def aged_groups(text: str, catalog: Catalog) -> list[AgedGroup]:
    """ "18 friends (14-15 yrs)", "20 players (all 14-16 yrs)", "6 of their friends (all 7 yo)": a
    group whose word is no guest word, told with an age range or one age for all; priced by the
    range's band when it is one band."""
    found = []
    for m in _AGED.finditer(text):
        if _KNOWN_WORDS & set(m.group(2).split()):
            continue  # "12 kids chicken (6-10)": the kids' reader has it
        if m.group(4) is None and not re.search(r"\ball\b", m.group(0)):
            continue  # "6 friends (9 yo)": all of them, or one? "(all 9 yo)" says
        low, high = int(m.group(3)), int(m.group(4) or m.group(3))
        if low > high or high >= 20:
            continue
        one, other = band(low, catalog), band(high, catalog)
        check = None if one == other else f"ages {low} to {high} span two price bands"
        count, start = int(m.group(1)), m.start()
        born = _BORN_TOGETHER.search(text[max(0, start - 30) : start])
        named_once = born and _named_once(text, born.group(1))
        if born and named_once and one == other and re.search(r"\ball\b", m.group(0)):
            # "the twins + 6 of their friends (all 7 yo)": the twins are of that age too (named
            # elsewhere, "my twins turning 7", they are counted there)
            count, start = count + MULTIPLES[born.group(1)], start - len(born.group(0))
        found.append(AgedGroup(count, one if one == other else None, (start, m.end()), check))
    return found


# the heading, or a sentence saying what the households share ("3 families are sharing one
# graduation party this year. The Nguyens are 4 adults, ...")
_HOUSEHOLDS = gated(re.compile(
    r"\b(\d{1,2})\s+(?:families|households|groups)\b(?:\s+(?:(?:are|r|will be)\s+)?(?:coming|attending|"
    r"joining|total|in all))?\s*:"
    # ("we're 3 families doing one party for our graduates.": the verb's "are" before the number)
    r"|\b((\d{1,2})\s+(?:families|households))\s+(?:(?:are|r|will be)\s+)?(?:sharing|doing|having|"
    r"hosting|throwing|splitting|planning|putting on)\b[^.:!?\n]{0,60}[.:]"
    # "3 families are coming for the game: the Lees 2 adults + ...": a heading with its reason
    # ("3 households for my dad's retirement dinner:": whose occasion, no verb; round q84l)
    r"|\b((\d{1,2})\s+(?:families|households))\s+(?:(?:are|r|will be)\s+)?"
    r"(?:(?:coming|attending|joining)\b|(?=for\b))"
    r"(?:[^.:!?\n\d]|\d{1,3}(?:st|nd|rd|th)\b){0,40}:"  # "for my husband's 45th:"
    # "we're hosting Tet for 3 families this year. The Lys are 6 adults, ...": whom the host has
    r"|\b(?:hosting|having|throwing|doing)\b[^.:!?\n\d]{0,30}\bfor\s+((\d{1,2})\s+(?:families|households))"
    # ("... for 3 families this year on Saturday, Feb 1st from 5:30 to 9pm at ... 95828.": when
    # and where, to the sentence's end)
    r"\b(?:[^.:!?\n\d]{0,30}[.:]|(?:[^.!?\n]|[.:](?!\s)){0,120}?\.(?=\s))"
))  # fmt: skip
_ADULT_COUNT = re.compile(rf"\b\d{{1,3}}\s*(?:{alternation(ADULT_WORDS)})\b")


def household_list(text: str) -> tuple[bool, Span | None]:
    """ "3 families: ours is 2 adults + kids 9 and 11, the Parks are 2 adults, ...": whether a
    list of households stands (its adult counts add up, none corrects another), and the span of
    its heading when the list counts adults once per household (the heading's number placed)."""
    m = _HOUSEHOLDS.search(text)
    if not m:
        return (each_household_list(text), None)
    listed = len(_ADULT_COUNT.findall(text, m.end()))
    if m.group(2) or m.group(4) or m.group(6):  # a sentence: no count of guests, and only a list
        # that names each household
        said, number = next((m.span(g), m.group(g + 1)) for g in (2, 4, 6) if m.group(g))
        return (True, said) if listed == int(number) else (False, None)
    return True, m.span() if listed == int(m.group(1)) else None


_BROUGHT = (
    r"(?:plus[- ]?(?:1|one)s?|\+1s?|dates?|partners?|spouses?|significant others?|husbands?|wife|"
    r"wives|guests?"
    # a parent each when plural ("2 of the girls are bringing their moms"); "their mom" may be
    # one mom sisters share and "their parents" one or two each: both stay asked
    r"|moms|mothers|dads|fathers)(?:\s+or\s+(?:husbands?|wife|wives|partners?|spouses?|dates?|gf|bf))?"
)
_PLUS_ONE = gated(re.compile(
    r"\b(\d{1,3})\s+(?:(?:people|guests|folks|ppl)\s+)?(?:of\s+(?:them|em|us|those|the\s+\w+)\s+"
    r"(?:are\s+|r\s+|will\s+be\s+|is\s+|will\s+)?"
    r"|(?:are|r|will be|will|is)\s+)"  # "4 of them are bringing", "3 people are bringing", "3 of em r"
    rf"(?:bringing|bring|brings|have|has|with)\s+(?:a\s+|their\s+|his\s+|her\s+)?{_BROUGHT}\b"
    # "+ plus-ones for 4 of them", "+1s for 3 of us": the same, the count after
    rf"|(?<![\w+])(?:{_BROUGHT})\s+for\s+(\d{{1,3}})\s+of\s+(?:them|us|those|em)\b"
))  # fmt: skip


_SOME_BRING = re.compile(
    r"\b(?:some|a few|few|several|a couple|couple|many|most|a bunch|others?)\s+"
    r"(?:of\s+(?:them|us|those)\s+)?"
    r"(?:are\s+|will\s+be\s+|will\s+|might\s+|may\s+)?(?:bringing|bring)\s+(?:a\s+|their\s+)?"
    r"(?:plus[- ]?(?:1|one)s?|\+1s?|dates?|partners?|spouses?|significant others?|guests?|kids|family)\b"
)


def vague_plus_ones(text: str) -> list[str]:
    """ "some are bringing dates": guests brought in a number the words do not give."""
    return [f"'{m.group(0)}': how many?" for m in _SOME_BRING.finditer(text)]


# A group counted by its name ("our team is 11 people", "the book club is 9", "our group is 13
# people", "our rotary board is 12 people", "our rotary board: 12 people", "our lab is 11
# people"): the plus-ones its members
# bring are not among them
_NAMED_GROUP = re.compile(
    r"\b(?:team|club|crew|staff|office|department|dept|class|squad|committee|firm|unit|league|"
    r"group|board|lab|cohort|chapter|practice|shop)(?:\s+(?:is|are|=|has)|\s*:)\s+(?:about\s+)?\d{1,4}\b"
)


def named_group(text: str) -> bool:
    """Whether the guests are counted as a group of a name (the plus-ones they bring add)."""
    return bool(_NAMED_GROUP.search(text))


def plus_ones(text: str) -> tuple[int, list[Span]]:
    """Adults brought by some of those counted ("4 of them are bringing a plus-one")."""
    found = list(_PLUS_ONE.finditer(text))
    return sum(int(m.group(1) or m.group(2)) for m in found), [m.span() for m in found]


def excess_plus_ones(brought: int, adults: int) -> list[tuple[str, str]]:
    """A check when more are said to bring someone than the adults counted ("18 members; 20 are
    bringing their spouse"): a slip in one of the numbers, asked, never added. (No adults by a
    word, "our lab is 11 people": the group's total, checked by the totals' readers.)"""
    if not adults or brought <= adults:
        return []
    return [("guests", f"{brought} bringing someone but {adults} adults counted: how many?")]


_GROUP = r"(?:of\s+)?(?:(?:the|our|my|their)\s+)?(?:guests?|people|ppl|adults?|of us|of them|folks)"
# "2 guests are ...", and "2 guests have allergies": some of the party described, not its size
# ("16 guests have confirmed" is a count, so "have" only before a diet word)
SUBSET = re.compile(
    rf"\b(\d{{1,3}})\s+{_GROUP}\s+(?:(?:are|is)\s+(?!(?:coming|attending|expected|invited|confirmed|"
    r"joining|going|here|there|adults?|kids?|children|teens?|toddlers?)\b)|(?:have|has)\s+(?=(?:an?\s+|"
    r"some\s+)?(?:[a-z]+\s+){0,2}(?:allerg|dietary|intoleran|sensitivit|restriction)))"
)
# Diets that change no protein of the menu (shellfish or meat would: those are asked about).
_HARMLESS_DIET = re.compile(
    r"\s*(?:also\s+|both\s+|all\s+)?(?:(?:gluten|dairy|lactose|nut|peanut|soy|sesame|egg)[- ]?"
    r"(?:free|intolerant|sensitive|allergic)|allergic to (?:nuts|peanuts|tree nuts|gluten|dairy|"
    r"soy|sesame|eggs)|celiac|lactose intolerant"
    # taste, no diet ("a couple people are picky", "2 guests are picky eaters"): what custom
    # menu planning is for, no share of the order
    r"|(?:(?:super|really|very|kinda|a bit)\s+)?(?:picky|fussy)(?:\s+eaters?)?"
    # allergies with no food named, or a food no protein is: what custom menu planning is for;
    # "allergies to shellfish", "allergies (fish)" name a food, which is asked about
    r"|(?:(?:an?|some)\s+)?(?:(?:food|nut|peanut|tree nut|gluten|dairy|soy|sesame|egg|lactose)\s+)?"
    r"(?:allerg(?:y|ies)|intolerances?|sensitivit(?:y|ies)|dietary (?:restrictions?|needs|"
    r"requirements))(?!\s*(?:to|of|from|with|like|incl\w*|such as|-|:|\()))\b"
)


def harmless_subsets(text: str) -> list[Span]:
    """ "2 guests are gluten free", "1 guest has a shellfish allergy": a few guests described by a
    diet no protein depends on or an allergy to a food named; the spans read (the number is no
    guest total)."""
    spans = []
    found = (*SUBSET.finditer(text), *_ASIDE_SUBSET.finditer(text), *_ONE_OF_OURS.finditer(text),
             *_OF_THE_GUYS.finditer(text))
    for m in found:
        if _SWAP_AFTER.search(text, m.end()):  # "..., can we do A instead of B for them": asked
            continue
        if diet := _HARMLESS_DIET.match(text, m.end()) or NAMED_ALLERGY.match(text, m.end()):
            spans.append((m.start(), diet.end()))
    return spans


_SWAP_AFTER = re.compile(r"\b(?:instead|in place of|swap|switch|sub)\b")
# "a couple of the guys are picky eaters" (normalized "2 the guys are"): some of the crew already
# counted, described (only by a harmless diet or taste, as the others)
_OF_THE_GUYS = re.compile(r"\b(\d{1,3})\s+(?:of\s+)?the\s+(?:guys|ladies|gals|fellas)\s+(?:are|is)\s+")
# "11 guests (2 have nut allergies)", "12 guests, 2 are gluten free": some of the guests just
# counted, described in an aside without their group word
_ASIDE_SUBSET = re.compile(r"(?<=[(,])\s*(\d{1,3})\s+(?:of them\s+)?(?:are|have|has)\s+")
# "1 of our hygienists has a shellfish allergy": a few of the guests named by their role
_ONE_OF_OURS = re.compile(
    # ("a couple of our members are allergic to peanuts", normalized "2 our members are"; "2 the
    # guys are" is `_OF_THE_GUYS`')
    r"\b(\d)\s+(?:of\s+(?:our|my|the)|our|my)\s+[a-z]+\s+(?:has|have|is|are)\s+"
    # "One teacher is allergic to peanuts": one guest by a grown role, no kid word (a kid so
    # named may be one not yet counted)
    r"|\b(1)\s+(?!(?:kids?|child|toddler|baby|infant|boy|girl|son|daughter|grandkid|grandchild|"
    r"niece|nephew|student|teen|minor)\b)[a-z]{3,}\s+(?:has|is)\s+"
)


_YOUNG = gated(re.compile(
    r"(?<![\d/.$:-])\b(\d{1,3})\s+(?:(?:aged?\s+)?(?:under|below|younger than)\s+(\d{1,2})|"
    r"(?:aged?\s+)?(\d{1,2})\s*(?:&|and)\s*(?:under|younger))\b"
    r"(?!\s*(?:miles?|mi\b|minutes?|mins?|hours?|hrs?|dollars?|bucks|%|percent|years? ago))"
))  # fmt: skip


def young_counts(text: str, catalog: Catalog) -> list[AgedGroup]:
    """ "and 2 under 5", "3 aged 5 and under": young guests counted by an upper age."""
    found = []
    for m in _YOUNG.finditer(text):
        top = int(m.group(2)) - 1 if m.group(2) else int(m.group(3))
        if top <= catalog.guests.toddler_max_age:
            found.append(AgedGroup(int(m.group(1)), "toddlers", m.span()))
        else:
            check = f"{m.group(0)}: may include free kids 5 and under"
            found.append(AgedGroup(int(m.group(1)), None, m.span(), check))
    return found
