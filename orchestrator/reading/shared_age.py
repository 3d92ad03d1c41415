"""Kids counted with one age (or one band of ages) said for all of them, rewritten as the words
the readers know: "8 girls total including the birthday girl, all of them 9" are "8 kids all age
9", "my daughter + 8 of her friends (all 11-12)" are "9 kids all ages 11-12"; a team's roles told
with their ages ("12 players all 10-11 yrs", "9 swimmers (all 7-9 yrs old)") are kids the same
way. Only ages of the kids' band (6-12) are rewritten; "most of them 9" names no age for all and
stays asked."""

from __future__ import annotations

import re

from orchestrator.reading.ages_next import ages_next_sentence
from orchestrator.reading.baby_in_ages import baby_in_ages
from orchestrator.reading.bracket_months import bracket_months
from orchestrator.reading.honoree_child_out import honoree_age
from orchestrator.reading.kids_all_age import kids_all_age
from orchestrator.reading.kids_they_are import kids_they_are
from orchestrator.reading.named_child import named_child
from orchestrator.reading.new_totals import girls_then_total
from orchestrator.reading.relative_kid import relative_ages

# "all 10 and 4 moms": the grown-ups counted after the ages, no band "10 and 4"
_GROWN_NEXT = r"\s*(?:and|&|\+|plus)\s*\d{1,2}\s+(?:adults?|parents|moms|dads|grown-?ups)\b"
_AGES = (
    r"\s*[,(:-]?\s*(?:(?:they're|they are|theyre|who are|that are|who r)\s+)?all(?:\s+of\s+them)?"
    r"(?:\s+(?:ages?|aged))?"
    rf"\s+(\d{{1,2}})(?:(?!{_GROWN_NEXT})\s*(?:-|to|and|&|or)\s*(\d{{1,2}}))?"
    r"(?:\s*(?:yrs? old|years? old|yrs?|yo|y/o))?(\s*\))?"
    # "all 9+", "all 9, 10 and 11": not one age or one band ("all 10 and 11" is the band 10-11,
    # and only a band inside the kids' 6-12 is rewritten)
    rf"(?!(?!{_GROWN_NEXT})(?:\s*(?:or|and|&|\+|%|\d|-|to)\b|\s*[+%\d-]))"
)
# "8 girls total including the birthday girl, all of them 9": the honoree is among the count
_KIDS_ALL = re.compile(
    r"\b(\d{1,2}) (girls|boys|kids|children|players|swimmers|dancers|gymnasts|scouts|campers|cubs)"
    r"(?:\s+total)?"
    r"(?:\s*,?\s*(?:including|incl|counting)\s+(?:the\s+birthday\s+(?:girl|boy)|her|him"
    r"|my\s+(?:daughter|son)))?" + _AGES
)
# "8 kids not counting her (all 8-9)": the honoree outside the count, added to it only where the
# occasion tells her age ("my daughter's 9th") and it is a kid's (`_beside_honoree`)
_KIDS_BESIDE = re.compile(
    r"\b(\d{1,2}) (girls|boys|kids|children|players|swimmers|dancers|gymnasts|scouts|campers|cubs)"
    r"\s*,?\s*(?:not\s+(?:counting|including|incl)|excluding|besides|other\s+than)\s+"
    r"(?:the\s+birthday\s+(?:girl|boy)|the\s+bday\s+(?:girl|boy)|her|him|my\s+(?:daughter|son))"
    + _AGES
)
# "my daughter + 8 of her friends (all 11-12)": the honoree and her friends, all of one band
# ("our son and 8 of his friends (all 10)", "the birthday girl and 8 of her friends (all 7)" too;
# "birthday girl plus 7 friends (all 9 yrs old)" with no "the")
_CHILD_AND_FRIENDS = re.compile(
    r"\b(?:(?:my|our) (?:daughter|son)|(?:the )?(?:birthday|bday) (?:girl|boy))"
    # ("the bday girl (11) + 7 friends (all 10-12)": the honoree's own age, a kid's, in brackets;
    # another age there (13, 5) is not the kids' band and the honoree's reader keeps it)
    r"(?:\s*\((?:[6-9]|1[0-2])\))?"
    r"\s*(?:\+|\band\b|&|\bplus\b|\bwith\b)\s*(\d{1,2})\s+(?:of\s+(?:her|his)\s+)?"
    r"(?:friends|buddies|besties|classmates|teammates)" + _AGES
)
# "it'll be me, my husband, her and 5 of her friends (all 8)": the one a party is for named by a
# pronoun that heads the friends said to be theirs (his with he or him, her with she or her), after
# a list's comma, a colon or an opening; a bracket's end kept out of the ages' look-ahead ("he + 15
# of his friends (all 21-22), plus me and his dad": grown friends)
_PRONOUN_AND_FRIENDS = re.compile(
    r"(?:^|(?<=[,:;.!?\n])|(?<=\bbe)|(?<=\bis)|(?<=\bare)|(?<=  ))\s*"
    r"(?:(?P<he>he|him)|(?P<she>she|her))\s*(?:\+|\band\b|&|\bplus\b|\bwith\b|\bn\b)\s*(\d{1,2})\s+"
    r"of\s+(?(he)his|her)\s+(?:friends|buddies|besties|classmates|teammates)"
    + _AGES
    + r"(?P<close>\s*\))?"
)

# "8 kids all 6-8 yrs", "10 kids (all 6-8 yrs old, including her)" are read as they are: only
# the words the readers do not know are rewritten (girls, boys, "total", "including", "of them")
_UNKNOWN_WORDS = re.compile(
    r"girls|boys|total|includ|incl|counting|of them|players|swimmers|dancers|gymnasts|scouts|campers"
    r"|cubs"
)


def _in_band(m: re.Match[str], first: int = 2) -> bool:
    """Whether every age the match says (its groups `first` and after) is a kid's of 6-12."""
    return all(6 <= int(age) <= 12 for age in (m.group(first), m.group(first + 1)) if age)


def _pronoun_and_friends(m: re.Match[str]) -> str:
    """The honoree and their friends of one kid's age (6-12) as that many kids, of one
    grown age or band (20 and over, which the aged groups' reader leaves to lists) as that many
    adults; teens stay to the honoree's reader (`honoree`), which adds the writer after them."""
    low, high, count = m.group(4), m.group(5), int(m.group(3)) + 1
    if int(low) >= 20 and (high is None or int(high) >= int(low)):
        return f" {count} adults"
    if high or not _in_band(m, 4):
        return m.group(0)  # a band of kids' ages ("(all 6-7)") may reach a band's edge: as it was
    return f" {count} kids (all age {low})" if "(" in m.group(0) else f" {count} kids all age {low}"


def _kids_all(m: re.Match[str]) -> str:
    if not _in_band(m, 3) or not (_UNKNOWN_WORDS.search(m.group(0)) or _one_age_of_kids(m)):
        return m.group(0)
    return _written(int(m.group(1)), m, 3)


def _one_age_of_kids(m: re.Match[str]) -> bool:
    """Whether kids counted as kids are told one age for all in words the kids' reader does not
    know ("12 adults and 6 kids all 8 yrs old", "6 kids who are all 8", "6 kids, all aged 8",
    "6 kids, all 8yrs old"; round q86d): written "all age 8" too, the same 6 kids of 8. A band
    ("all 6-8 yrs") is read as it is."""
    return m.group(2) in ("kids", "children") and m.group(4) is None


def _beside_honoree(m: re.Match[str], age: int | None) -> str:
    """The kids counted beside the honoree ("8 kids not counting her (all 8-9)") and the honoree
    of `age` as one count of kids, their band widened to her age; as it was (asked: "not" the
    order does not reflect) when her age is untold or not a kid's 6-12, or theirs not all 6-12."""
    if age is None or not 6 <= age <= 12 or not _in_band(m, 3):
        return m.group(0)
    ages = [int(a) for a in (m.group(3), m.group(4)) if a] + [age]
    low, high, count = min(ages), max(ages), int(m.group(1)) + 1
    told = f"all age {low}" if low == high else f"all ages {low}-{high}"
    return f"{count} kids ({told})" if m.group(5) else f"{count} kids {told}"


def _written(count: int, m: re.Match[str], first: int = 2) -> str:
    low, high, bracket = m.group(first), m.group(first + 1), m.group(first + 2)
    ages = f"{low}-{high}" if high else low
    told = f"all {'ages' if high else 'age'} {ages}"
    # "11 girls (all 8 yrs old), me + 2 other coaches": the bracket kept, so the counts after it
    # are not read as more of the kids' ages
    if re.match(_GROWN_NEXT, m.string[m.end() :]):  # "all 10 and 4 moms": kept apart from the age
        told += ","
    return f"{count} kids ({told})" if bracket else f"{count} kids {told}"


# "13 girls (all 10 and 11) ... chicken for the girls": the team's word named again with "the"
# ("chicken for the swimmers", "for the campers": every team word `_KIDS_ALL` rewrites, q85c)
_TEAM_WORDS = ("girls", "boys", "players", "scouts", "cubs", "dancers", "cheerleaders", "swimmers",
               "gymnasts", "campers")


def _named_again(text: str, words: list[str]) -> str:
    """`text` with "the girls" written "the kids" when the one group of kids the message counts by
    its ages was told by that word ("13 girls (all 10 and 11) ... chicken for the girls"): the
    same kids, whose choice the group readers then place; "each scout", "every player" one of them
    ("chicken for each scout": "each kid"). Two groups (girls and boys) stay."""
    if len(words) != 1 or words[0] not in _TEAM_WORDS:
        return text
    text = re.sub(rf"\bthe {words[0]}\b", "the kids", text)
    return re.sub(rf"\b(each|every) {words[0][:-1]}\b", r"\1 kid", text)


def shared_ages(text: str) -> str:
    """`text` (lower case, digits) with kids of one shared age written as a count of kids."""
    if "all" not in text:
        return text  # every match says "all" (speed)
    text = ages_next_sentence(text)  # "10 scouts, 3 dads and me. they're all between 11 and 12."
    rewritten = [m.group(2) for m in _KIDS_ALL.finditer(text) if _kids_all(m) != m.group(0)]
    counted = [m.group(1) for m in re.finditer(r"\b\d{1,3} ([a-z]+)", text) if m.group(1) in _TEAM_WORDS]
    text = _KIDS_ALL.sub(_kids_all, text)
    if "not " in text or "besides" in text or "excluding" in text or "other than" in text:
        age = honoree_age(text)  # "my daughter's 9th ... 8 kids not counting her (all 8-9)"
        text = _KIDS_BESIDE.sub(lambda m: _beside_honoree(m, age), text)
    if " of h" in text:
        text = _PRONOUN_AND_FRIENDS.sub(_pronoun_and_friends, text)
    if rewritten and len(set(counted)) == 1:
        text = _named_again(text, rewritten)
    if not any(w in text for w in ("my ", "our ", "birthday", "bday", "turn")):
        return text
    text = named_child(text)  # "my son leo turns 7, leo and 6 of his friends (all 7)"
    return _CHILD_AND_FRIENDS.sub(
        lambda m: _written(int(m.group(1)) + 1, m) if _in_band(m) else m.group(0), text
    )


# "6 kids (all 7)", "5 girls incl the birthday girl (all 8)": every kid's one age in the count's
# bracket, written as the readers know it
_ALL_AGE = re.compile(r"(?:(?<=kids )|(?<=girls )|(?<=girl )|(?<=boys )|(?<=boy ))\(all (\d{1,2})\)")
# "2 more girls can come, theyre 9 and 7": girls told by their ages are kids
_MORE_BY_AGES = re.compile(
    r"\b(\d{1,2}) more (?:girls|boys)\b(?=[^.!?;]{0,25}\b(?:they'?re|theyre|ages?) \d)"
)


def ages_told(text: str) -> str:
    """`text` (lower case, digits) with a bracket's "(all 8)" after kids written "(all age 8)" and
    girls or boys added with their ages written as kids; a list of ages alone ending with "the
    baby who is 3 months" as ages alone; ages in months in a count's bracket as years."""
    text = bracket_months(text)  # "2 babies (4 mo and 11 mo)": "2 babies (0 and 0)"
    text = kids_all_age(text)  # "10 kids are coming too, all 8": "..., all age 8"
    if "(all " in text:
        text = _ALL_AGE.sub(r"(all age \1)", text)
    if "more girls" in text or "more boys" in text:
        text = girls_then_total(_MORE_BY_AGES.sub(r"\1 more kids", text))  # "... can we do 10?"
    text = relative_ages(text)  # "kids 8 and 10 ... the younger one is actually 6 now": 6 and 10
    text = baby_in_ages(text)  # "12, 10, 8, 7, 4 and the baby who is 3 months": ages alone
    return kids_they_are(text)  # "2 kids too? theyre my roommate's little sisters, 8 and 11"
