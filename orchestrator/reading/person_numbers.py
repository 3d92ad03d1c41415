"""Numbers that say who the people are, not how many: years of service written short or with a
place ("35 yrs w the county", "28 years with Sac Metro Fire", "30 años en la empresa"), a grown
honoree's age beside the name on a form ("Honoree: Gary Feld (65)"), everyone's grown age range
after their count ("14 girls total, all 25-32"), and the numbers of a list's items before their
labels ("1. Date:", "4. Guests: 26 adults"). The workplace named in years of service ("40 years
w/ the railroad") is explained as a place, no thing asked for. The safety net
(`checks.unexplained_numbers`) asks about no number inside one of these spans; a number a count
word follows stays unexplained."""

from __future__ import annotations

import re

from orchestrator.reading.alternation import alternation
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

# words after a number that make it a count of people
_COUNT_AFTER = (
    r"(?!\s*(?:of\b|adults|kids|people|guests|ppl|pax|persons|children|teens|toddlers|babies|"
    r"girls|boys|guys|ladies|men|women|folks|total|personas|adultos|ninos|\+|plus\b))"
)
# a grown age, 18 to 119
_GROWN = r"(?:1[89]|[2-9]\d|1[01]\d)"

PERSON_NUMBERS = [
    re.compile(p)
    for p in [
        # years of service where someone works or served ("35 yrs w the county", "28 years with
        # Sac Metro Fire", "31 years at Kaiser", "12 yrs on the team", Spanish "en la empresa"
        # read as "yrs en"): a duration, never guests; "old" after the years is an age, asked
        # ("5 yrs in june", "5 años de edad" may be a child's age: not these)
        r"\b\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:(?:with|w/|w|at|on|serving)\s+"
        r"(?:(?:the|a|an|our|my|his|her)\s+)?[a-z]|(?:in|en)\s+(?:the|our|his|her|la|el|su)\s+[a-z])",
        # a grown honoree's age beside the name on a form ("Honoree: Gary Feld (65)"): whose
        # event, no count; a child's ("Honoree: Jake (4)") stays asked: is the child counted?
        rf"\b(?:honou?ree|guest of honou?r|retiree|birthday (?:person|boy|girl))\s*:\s*"
        rf"[a-z][a-z .'-]{{0,40}}\(\s*(?:age\s+)?{_GROWN}\s*\)",
        # the age of whom the party is for, in brackets after their name or relation ("Retirement
        # of Gary Feld (65)", "a quinceanera for our daughter Sofia (15)", "debut for our daughter
        # Bea (18)", "party for ... our son (graduating from Sac State, 22)"): whose event, no
        # count; a teen's or a grown-up's only
        # (a child's, "party for Jake (4)", stays asked: is the child counted?), and not in a
        # list with the writer ("for me, my wife and our son (15)": the list counts)
        r"\b(?:birthday|bday|b-day|retirement|party|celebration|quinceanera|quince|debut|graduation|"
        r"anniversary|memorial)\s+(?:of|for)\s+(?:(?!\b(?:me|us|myself|i)\b)[^.!?\n\d]){0,60}?"
        r"\(\s*(?:[a-z][^()\d\n]{0,50},\s*)?(?:age\s+)?(?:1[3-9]|[2-9]\d|1[01]\d)\s*\)",
        # a couple's one grown age told for the two in brackets ("our daughter and son in law
        # (both 38)", "my brother and his wife (both 40)"): the pair's age, no count (q83j)
        rf"\b(?:wife|husband|spouse|partner|in[- ]law|fianc(?:e|ee))\s*\(\s*both\s+(?:are\s+)?"
        rf"(?:aged?\s+)?{_GROWN}\s*\)",
        # the number of a list item before its label ("1. Date: Saturday", "4. Guests: 26
        # adults"): the list's layout; the count after the label is read on its own
        r"(?m)^\s*\d{1,2}[.)]\s+(?=[a-z][a-z /&-]{0,24}:)",
    ]
]
# everyone's ages, all grown, right after their count ("14 girls total, all 25-32", "10 of us, all
# ages 28 to 35"): adults, no count; elsewhere ("me n 9 of the guys from work, all 40-50": who is
# "all"?) or a count after ("all 25-30 of us") it stays asked
_GROWN_RANGE = re.compile(
    r"\b\d{1,3}\s+(?:of\s+us|[a-z]+(?:\s+total)?)\s*[,;(-]?\s*"
    rf"(all\s+(?:(?:ages?|aged)\s+)?{_GROWN}\s*(?:-|to)\s*{_GROWN}\b){_COUNT_AFTER}"
)


def grown_range_spans(text: str) -> list[tuple[int, int]]:
    """The spans of normalized `text` holding everyone's grown age range right after the count."""
    if "all" not in text:
        return []
    return [m.span(1) for m in _GROWN_RANGE.finditer(text)]


_PERSON = alternation((*ADULT_WORDS, *KID_WORDS, *PEOPLE_WORDS, *TEEN_WORDS, *TODDLER_WORDS))
# the workplace in years of service ("40 years w/ the railroad", "35 yrs with the county"): where
# someone worked, no thing asked of the caterer; one word after "the", never a person's word
_WORKPLACE = re.compile(
    r"\b\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:with|w/|w|at|in)\s+the\s+"
    rf"(?!(?:{_PERSON})\b)[a-z]+\b(?=\s*(?:[.,;!?\n]|$))"
)


def workplace_spans(text: str) -> list[tuple[int, int]]:
    """The spans of normalized `text` holding years of service with their workplace."""
    if "y" not in text:
        return []
    return [m.span() for m in _WORKPLACE.finditer(text)]
