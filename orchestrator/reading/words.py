"""Text normalisation: lower case, number words as digits, ZIP+4 cut to the ZIP, counts written
the way the readers know them (`shorthand`: "4 13 ppl", Spanish guest words, "6 couples"), and
misspelt catalog words corrected by fuzzy matching (rapidfuzz) against the catalog's names and
aliases."""

from __future__ import annotations

import re
import unicodedata

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.adult_occasion import adult_occasion_words
from orchestrator.reading.alternation import alternation
from orchestrator.reading.another_group import another_group_as_count
from orchestrator.reading.company import some_of_mine
from orchestrator.reading.dictation import dictated
from orchestrator.reading.emoji import emoji_as_stops, emoji_as_words, emoticons_as_stops
from orchestrator.reading.everyone_but_kids import everyone_but_kids
from orchestrator.reading.forms import form_fields, form_labels
from orchestrator.reading.group_bands import school_words
from orchestrator.reading.honoree_years import honoree_years_as_age
from orchestrator.reading.jerseys import jerseys_dropped
from orchestrator.reading.kin_glosses import kin_glosses
from orchestrator.reading.kinds_of_kids import kinds_of_kids
from orchestrator.reading.layout import plain_list
from orchestrator.reading.misspelt_numbers import misspelt_numbers
from orchestrator.reading.named_minus import named_minus
from orchestrator.reading.no_kids import no_kids_as_zero
from orchestrator.reading.particles import (
    ages_said_twice,
    glosses_for_words,
    tagalog_kin,
    vietnamese_words,
    without_po,
)
from orchestrator.reading.plates_told import plates_told
from orchestrator.reading.preferences import preferences_as_swaps
from orchestrator.reading.restated import addition_restated
from orchestrator.reading.role_choices import role_choices
from orchestrator.reading.role_fields import role_fields
from orchestrator.reading.role_here import role_introduced
from orchestrator.reading.roster_ages import told_ages
from orchestrator.reading.rough import count_taken_back, exact_after_rough
from orchestrator.reading.run_on_lists import run_on_lists
from orchestrator.reading.shorthand import written_counts
from orchestrator.reading.sms_words import plural_owners, times_counts
from orchestrator.reading.spanish_numbers import spanish_counts
from orchestrator.reading.spelling import correct_spelling, is_common_word
from orchestrator.reading.spoken import spoken_numbers
from orchestrator.reading.those_out import (
    all_but_as_count,
    declined_as_count,
    invited_less_out,
    minus_as_count,
)
from orchestrator.reading.too_much import too_much_as_out
from orchestrator.reading.want_to_come import want_to_come
from orchestrator.reading.wed_groups import wed_groups
from orchestrator.reading.which_one import named_ones
from orchestrator.reading.whose_grownups import whose_grownups

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_NUMBER_WORD = re.compile(
    # the first letters of the number words, tried before the lookbehinds (speed: they were tried
    # at every position of the text)
    "(?=[" + "".join(sorted({w[0] for w in (*_UNITS, *_TENS)})) + "])"
    # ("no one" is nobody; "16 adults uh no sixty adults" a count taken back for another)
    r"(?<!each )(?<!every )(?<!any )(?!(?<=no )one\b)\b(?:("
    + "|".join(_TENS)
    + r")[- ]?("
    + "|".join(_UNITS[1:10])
    + r")\b|("
    + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
    + r"))\b"
)
# "2 proteins each one filet one shrimp": "each" closing the count, a list of ones after it (not
# "each one gets filet", "each one of them")
_EACH_LISTED = re.compile(
    r"\b(\d proteins?|\d meats?|\d choices|two proteins?|two meats?|two choices) each "
    r"(?=one [a-z]+(?: [a-z]+)?,? (?:and |& |n |\+ )?one [a-z])"
)
# number words a misspelling may be meant as ("tweleve adults"; shorter ones are too close to words)
_NUMBER_NAMES = tuple(w for w in (*_UNITS, *_TENS) if len(w) >= 5)
_DOZENS = [
    (re.compile(r"\ba dozen and a half\b"), "18"),
    (re.compile(r"\bhalf a dozen\b"), "6"),
    (re.compile(r"\b(\d{1,2}) dozen\b"), None),
    (re.compile(r"\b(?:a )?dozen\b"), "12"),
    (re.compile(r"\ba (?:couple|pair)(?: of)?\b"), "2"),
]
# Guest words customers use; vocabulary, not typo lists (typos are left to the fuzzy matcher).
# Adults by the role they hold in a group ("28 club members and 2 faculty advisors", "14 players
# plus 3 coaches"); a group of other roles ("14 players") may be kids, and is read as adults only
# with "all adults" or its ages after it.
ROLE_ADULT_WORDS = ("members", "advisors", "advisor", "advisers", "adviser", "chaperones", "chaperone",
                    "coaches", "coach", "youth pastors", "pastors", "instructors", "instructor",
                    "counselors", "counselor", "aides")  # fmt: skip
ADULT_WORDS = ("adults", "adult", "grownups", "grown ups", "grown-ups", "parents", "ladies", "guys",
               "men", "women", "coworkers", "co-workers", "employees", "residents", "colleagues",
               "seniors", "grandparents", "dudes", "singles", "big people", "agents",
               "realtors",
               *ROLE_ADULT_WORDS)  # fmt: skip
# Words that make the count beside them a guess ("maybe 2 more", "if my sister comes"): a reader
# that adds or drops people leaves such a count to the net.
HEDGES = r"if|maybe|might|may|possibly|probably|perhaps|not sure|think"
TEEN_WORDS = ("teenagers", "teenager", "teens", "teen")
KID_WORDS = ("kids", "kid", "children", "child", "kiddos", "kiddo", "little ones", "littles",
             "boys", "girls")  # fmt: skip
TODDLER_WORDS = ("toddlers", "toddler", "babies", "baby", "infants", "infant")
# The words of guests who may be under 13, as one alternation for the readers that must not
# count them as grown-ups
YOUNG = alternation((*KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS))
PEOPLE_WORDS = ("people", "guests", "guest", "persons", "ppl", "pax", "folks", "heads", "peeps",
                "attendees")  # fmt: skip


def small_number(word: str) -> int | None:
    """The value of a number word from "zero" to "nineteen", or None."""
    return _UNITS.index(word) if word in _UNITS else None


def _number(match: re.Match[str]) -> str:
    if match.group(1):
        return str(_TENS[match.group(1)] + _UNITS.index(match.group(2)))
    word = match.group(3)
    return str(_TENS[word] if word in _TENS else _UNITS.index(word))


# "all over 21", "all 21+", "all above 18 yrs old": all adults, said by an age
_ALL_OF_AGE = re.compile(
    r"\ball\s+(?:(?:over|above|older than)\s+(?:1[89]|[2-9]\d)|(?:1[89]|[2-9]\d)\s*\+)"
    r"(?:\s*(?:years old|years|yrs old|yrs|yo|y/o))?(?![\w+])"
)

# Adult ages after an adult guest word ("16 seniors (all 17-18)", "14 seniors (all 17 and 18)",
# "18 club members (all 14-17)": a word naming the group between; "15 club members (ages 14-18)"):
# the count stands, the ages add nothing to place
_ADULT_AGES = gated(re.compile(
    rf"\b(\d{{1,3}}\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(ADULT_WORDS)}))\s*\(\s*(?:all\s+(?:ages?\s+)?|ages?\s+)(?:1[3-9]|[2-9]\d)"
    r"\s*(?:-|to|and|&|n)\s*(?:1[3-9]|[2-9]\d)\s*\)"
))  # fmt: skip

# "our 3 kids (8, 5, 2) plus 6 other kids (7, 8, 9 ...) and 4 other parents": more of the word
# after a list of ages closed, besides those named ("10 adults and 3 other kids" beside a birthday
# child is asked: besides the child?)
_OTHER_GUESTS = re.compile(
    r"(\)\s*,?\s*(?:plus|and|&|\+)\s*\d{1,3}) other "
    r"(?=(?:kids|children|parents|adults|moms|dads|families|couples)\b)"
)

# "my stepbrother", "his 3 half-sisters": a sibling or a child by marriage or by one parent
_STEP_SIBLING = re.compile(
    r"\b(?:step|half)[- ]?((?:brother|sister|sibling|son|daughter|kid)s?|child(?:ren)?)\b"
)
# "us 4 + my sisters crew 5 + 3 of my husbands coworkers = 12, all adults": the writer's sum, whose
# guest word comes after the comma, as "= 12 adults"
_SUM_ALL_ADULTS = re.compile(r"=\s*(\d{1,3})\s*,?\s*(?:all|all of us|all of them)\s+adults\b")
# "13th bday for my twins": their age, as "bday for my twins (13)" says it
_ORDINAL_TWINS = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+(bday|birthday|b-day)\s+for\s+(my|our)\s+(twins|triplets)\b"
    r"(?!\s*\()"
)
# A message opening with "+N" and a word ("+2 adults same", "+3 ppl"): N added to the order before
# (a phone number, "+1 916 ...", has digits after)
# "+" opening the message, or after a greeting that opens it ("hi again - +6 ppl please": read
# as 6 guests in all, it replaced the 20 ordered; round q79c)
_PLUS_OPENS = re.compile(
    r"\A\s*(?:(?:hi|hey|hello|ok|okay|update|oh|so|also|sorry)(?:\s+again)?\b\s*[-,:!.]*\s*)?"
    r"\+\s*(?=\d{1,3}\s*[a-z])"
)


def _unaccented(match: re.Match[str]) -> str:
    """A Latin letter with an accent as its plain letter ("é" is "e"); other letters are left."""
    base = unicodedata.normalize("NFKD", match.group(0))[0]
    return base if base.isascii() and base.isalpha() else match.group(0)


def normalize(text: str, catalog: Catalog | None = None) -> str:
    """Lower case, plain quotes and dashes, a food emoji in a protein's slot as its word and no
    other emoji, number words and dozens as digits, ZIP+4 as the ZIP, and (with a catalog)
    misspelt catalog words corrected."""
    written = _written(text)
    return _finished(_spelt(written, catalog) if catalog is not None else written)


def normalize_both(text: str, catalog: Catalog) -> tuple[str, str]:
    """`normalize(text)` and `normalize(text, catalog)`, their shared steps (all but the
    spelling) done once: a reading needs both."""
    written = _written(text)
    plain = _finished(written)
    spelt = _spelt(written, catalog)
    return plain, plain if spelt == written else _finished(spelt)


# "thirteen (13) adults", "13 (13)": a count in words then again in digits, as a formal letter
# writes it (same digits after the words are read as digits), one count (round q82g)
_TWICE = re.compile(r"\b(\d{1,3})\s*\(\s*\1\s*\)")

# "4 kids in that 20", "2 children in the 15": a count of kids inside a bare count said before
_KIDS_IN_COUNT = re.compile(
    r"\b(\d{1,2}) (kids|children) in (?:that|the|those) (\d{1,3})\b"
    r"(?=\s*(?:[.,!?;:()]|$|btw\b|tho\b|though\b|too\b))"
)


def _finished(text: str) -> str:
    """The steps of `normalize` after the spelling."""
    text = preferences_as_swaps(text)  # "4 of them would rather have lobster than salmon"
    text = exact_after_rough(text)  # "about uh no exactly 32 adults" is 32 adults
    text = everyone_but_kids(text)  # "everyone except the 4 kids wants ny strip": the adults
    text = plates_told(text)  # each part's plate: "... for those 5, chicken and shrimp for the other 10"
    text = want_to_come(text)  # "my sister's 2 boys want to come, they're 7 and 12"
    text = all_but_as_count(text)  # "we invited 20 ppl and all but 3 can make it": 17 ppl
    text = minus_as_count(text)  # "7 married couples minus one husband": 13 adults
    text = named_minus(text)  # "same crew as last time minus Dave": 1 less person
    text = another_group_as_count(text)  # "a 4th family is coming too, same size (4 adults)"
    text = declined_as_count(text)  # "25 invited, 4 declined ... so just quote the 20 who said yes"
    text = invited_less_out(text)  # "20 invited, 3 cant make it.": 17 ppl
    return count_taken_back(addition_restated(text))  # "wait no, 16 adults"; "add 3, 3 more want in"


def _spelt(written: str, catalog: Catalog) -> str:
    spelt = correct_spelling(written, catalog)
    # "two families, 8 adluts in each": the counts by groups read again with the words fixed
    return written_counts(spelt) if spelt != written else spelt


def _written(text: str) -> str:
    """Every step of `normalize` before the spelling and the rough counts."""
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    if not text.isascii():  # each of these four reads only letters past ASCII (speed)
        text = glosses_for_words(text)  # "all 직원 (employees)": all employees
        text = vietnamese_words(ages_said_twice(text))  # "7 and 10 (7살, 10살)"; "8 và 4 tuổi"
        text = re.sub(r"[\u00c0-\u024f]", _unaccented, text)  # "fiancé" is "fiance", not "fianc "
        text = emoji_as_words(text)  # "🦞 for every1": lobster
        text = emoji_as_stops(text)  # "sweet 16 \U0001f380 she + 12 of her friends"
        text = re.sub(r"[^\x00-\x7f]+", " ", text)
    text = emoticons_as_stops(text)  # "they're 9 and 4 :-)\n\nPriya": a stop, as an emoji is
    text = dictated(text)  # "filet and shrimp period 95747", "change the lobster to um scallops"
    text = without_po(text)  # "3 families po, 4 adults per family": Tagalog politeness
    text = tagalog_kin(text)  # "my kuya and his wife, lolo and lola, my 2 titas"
    text = plain_list(text)  # "who's coming:\n- me and my wife\n- 4 neighbors"
    text = kin_glosses(text)  # "the great-grandkids: 11, 9", "the grandkids (mga apo): 12, 10"
    text = re.sub(r"\b(\d{5})-\d{4}\b", r"\1", text)
    text = jerseys_dropped(text)  # "2 of the girls (#7 and #14) cant make it": 2 of the girls
    text = honoree_years_as_age(text)  # "debut for Bea (18 yrs old)": her age, as "(18)"
    text = _PLUS_OPENS.sub("add ", text)  # "+2 adlts same" after an order: 2 added, as "add 2"
    text = re.sub(r"\bin laws\b", "in-laws", text)  # "my in laws": the pair, as "in-laws"
    # "the 6 of us grown ups": the adult word spelt apart, as "grown-ups" (same length: spans hold)
    text = re.sub(r"\bgrown ups\b", "grown-ups", text) if "grown ups" in text else text
    text = re.sub(r"\bchilds\b", "children", text) if "childs" in text else text  # a learner's plural
    # "theres 4 kids in that 20 btw": kids among the count said before, as "4 of the 20 are kids"
    text = _KIDS_IN_COUNT.sub(r"\1 of the \3 are \2", text) if " in th" in text else text
    # "my stepbrother + his wife", "his 3 half-sisters (9, 4, 2)", "my stepson's 12th": a sibling
    # or a child by marriage or by one parent is counted as a sibling or a child is
    text = _STEP_SIBLING.sub(r"\1", text) if "step" in text or "half" in text else text
    text = _SUM_ALL_ADULTS.sub(r"= \1 adults", text) if "=" in text else text  # "= 12, all adults"
    if "twins" in text or "triplets" in text:  # "13th bday for my twins": "bday for my twins (13)"
        text = _ORDINAL_TWINS.sub(r"\2 for \3 \4 (\1)", text)
    # "turns out nobody actually wanted tofu": "actually" there stresses, no change of mind
    text = re.sub(r"\b(nobody|no one|noone)\s+actually\b", r"\1 really", text)
    text = re.sub(r"\bevery ?(?:1|one)\b(?!\s*(?:of|\d(?!\d{4}\b)))", "everyone", text)  # "every1 95621"
    text = no_kids_as_zero(text)  # "no kids", "Kids: none", "all adults. is tip included??"
    text = named_ones(text)  # "the filet one": no count of 1
    text = misspelt_numbers(text, _NUMBER_NAMES, is_common_word)  # "tweleve adults"
    text = spanish_counts(text)  # "veinte adultos", "treinta y dos adultos"
    if "each one " in text:  # "2 proteins each one filet one shrimp": the list after "each"
        text = _EACH_LISTED.sub(r"\1 each: ", text)
    text = spoken_numbers(_NUMBER_WORD.sub(_number, text))  # "ate adults", "zip 9 5 6 6 1"
    text = _TWICE.sub(r"\1", text)  # "thirteen (13) adults": one count, written twice
    text = role_introduced(text)  # "hello coach here ... 3 coaches and 12 parents": one of the 3
    text = run_on_lists(text)  # "my dad my 2 brothers (19 and 16) my mom me and my wife"
    text = _ALL_OF_AGE.sub("all adults", text)  # "me and 6 coworkers, all over 21"
    text = _ADULT_AGES.sub(r"\1", text)  # "16 seniors (all 17-18)": adults, their ages agree
    text = adult_occasion_words(text)  # "12 girls" at a bachelorette are women, not kids
    text = kinds_of_kids(text)  # "14 of our drumline kids (all 15-17)": of our kids (q86a)
    text = whose_grownups(text)  # "10 adults plus 2 of his coworkers": 2 coworkers (q86a)
    text = wed_groups(text)  # "2 of my husband's friends", "our 3 kids and their spouses" (q86q)
    text = some_of_mine(plural_owners(times_counts(text)), ADULT_WORDS)  # "11 of my besties", "kids x2"
    text = _OTHER_GUESTS.sub(r"\1 ", text)  # "our 3 kids (8, 5, 2) plus 6 other kids (7, ...)"
    text = form_fields(form_labels(text))  # "Guests (adults): 14", "Protein choice 1: Chicken"
    text = role_fields(text)  # "Den leaders: 5\nParents: 12": "5 den leaders", "12 parents"
    text = told_ages(text)  # "here's the roster\nLiam 8\n...", "5 siblings, theyre 2, 4 and 8"
    for pattern, value in _DOZENS:
        text = pattern.sub(
            (lambda m: str(int(m.group(1)) * 12)) if value is None else value,
            text,  # noqa: B023
        )
    text = too_much_as_out(text)  # "just chicken, my mom says lobster is too much": no lobster
    text = role_choices(text)  # "4 dads ... chicken for the boys, the dads want ny strip": by side
    text = school_words(text)  # "lunch for our k-2 team, 12 teachers", "25 sixth graders + 3 teachers"
    return written_counts(text)  # "4 13 ppl", "15 adultos y 3 niños", "6 couples"
