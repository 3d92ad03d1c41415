"""Someone's peers counted with one age or one band for all, in the ways the aged-friends reader
(`phrases.AGED_FRIENDS`) does not know, rewritten as the words it does: "13 of his floormates (all
18-19)", "10 of her castmates (all 15-17)" are "13 of his friends (all 18-19)" (peers whose ages
are told are friends of the one they belong to, as classmates and teammates already are); "6 of
her friends from the senior class (all 18)" drops the words saying where they are from; "8 of
their friends all 18" (no brackets) is "8 of their friends (all 18)"; kids from someone's class
("4 girls from her class (all 8)"), a named one's friends ("8 of Eli's friends from Hebrew
school (all 13)") and the honoree's ("6 of the birthday boy's friends (all 8)") are their friends.
A son's age said as a clause right before his peers, dictated ("our son he's 18 and 9 of his
friends they're all 18 too"), is his age in brackets, "our son (18) and 9 of his friends (all
18)".

Only one age or one band for all is rewritten: "all 16 or 17 probably", "all 9, 10 and 11", "all
18 maybe" name no age for all and stay as they are (asked). The age bands themselves are still
judged by the readers after this (a band across two price bands is asked). Takes lower-case text
with number words written as digits."""

from __future__ import annotations

import re

# The peers' word: friends and the like, or any "-mates" word (floormates, castmates, bandmates,
# dormmates, cabinmates, suitemates): people of one group with the one they belong to
_PEERS = (
    r"(?:(?:new|best|closest|good|close)\s+)?"
    r"(?:friends|buddies|pals|besties|[a-z]{2,}mates)"
)
# Where they are from, a few words that are no list joiner ("from the senior class", "from
# school", "on her team"): dropped, the count and the ages kept
_FROM = (
    r"(?:\s+(?:from|on|in|at)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?"
    r"(?:(?!(?:and|or|plus|with|n|all|who|they)\b)[a-z]+)(?:\s+(?!(?:and|or|plus|with|n|all|who|"
    r"they)\b)[a-z]+){0,2})?"
)
_AGE = r"(?:1\d|[1-9]|[2-9]\d)"
_BAND = rf"{_AGE}(?:\s*(?:-|to)\s*{_AGE})?"
# "12 of her friends, all 15 and 16": two teens' ages joined by "and" are a band as "15-16" is (a
# third age, "all 9, 10 and 11", stays: no one band; kids' "all 11 and 12" stay as they were)
_BARE_BAND = rf"{_AGE}(?:\s*(?:-|to)\s*{_AGE}|\s*(?:and|&)\s*(?:1[3-9]|[2-9]\d))?"
_UNIT = r"(?:\s*(?:yrs?\s+old|years?\s+old|yrs?|yo|y/o))?"
# Not one age or band for all: more ages, "or", "+", or a doubt after it
_NOT_ONE = (
    r"(?!\s*(?:or|&|\+|%|-|to|ish|probably|prob|maybe|mostly|i\s+think|or\s+so)\b"
    r"|\s*(?:and|&|,)\s*\d|\s*[+%\d-])"
)
_PEER_AGES = re.compile(
    # "6 of the birthday boy's friends (all 8)": the honoree's, named by the event
    rf"\b(?:(?:(?P<n>\d{{1,3}})\s+of\s+(?P<who>his|her|their|my|our|[a-z]{{3,}}'s"
    r"|the\s+(?:birthday|bday|b-day)\s+(?:boy|girl)'s"
    # "10 of the twins' friends (all 17-18)": the writer's kids', by the plural's apostrophe
    r"|the\s+(?:twins|triplets|kids|boys|girls|grads)'?)"
    rf"|(?P<who2>his|her|their|my|our)\s+(?P<n2>\d{{1,3}}))\s+{_PEERS}{_FROM}"
    # "4 girls from her class (all 8)": kids from someone's class, their peers
    rf"|(?P<n3>\d{{1,3}})\s+(?:girls|boys|kids)\s+from\s+(?P<who3>his|her|their)\s+"
    r"(?:class|classroom|grade|school|team|troop|squad))"
    rf"(?:\s*\(\s*all\s+(?:ages?\s+)?(?P<ages>{_BAND}){_UNIT}\s*\)"  # "(all 18-19)"
    rf"|\s*,?\s*(?:(?:who\s+are|they're|they\s+are|theyre)\s+)?all\s+(?:ages?\s+)?"
    # "all 18", "who are all 18", "they're all 18 too" (the "too": the son's age said before)
    rf"(?P<bare>{_BARE_BAND}){_UNIT}{_NOT_ONE}(?:\s+(?:too|as\s+well)\b)?)"
)


def _written(m: re.Match[str]) -> str:
    """The peers of `m` as "N of his friends (all AGES)"."""
    ages = re.sub(r"\s*(?:-|to|and|&)\s*", "-", m.group("ages") or m.group("bare"))
    if m.group("n3"):
        return f"{m.group('n3')} of {m.group('who3')} friends (all {ages})"
    if m.group("n"):
        who = m.group("who")  # "8 of eli's friends", "10 of the twins' friends": theirs
        who = "their" if who.endswith(("'s", "'")) or who.startswith("the ") else who
        return f"{m.group('n')} of {who} friends (all {ages})"
    return f"{m.group('n2')} of {m.group('who2')} friends (all {ages})"  # "his 4 best friends ..."


# A son or daughter with no age told right before their peers, now written "N of his friends (all
# A...)"; A of 18 and over gives them that age
_HEADED = re.compile(
    r"\b((?:my|our)\s+(?:son|daughter|boy|girl))(\s*(?:\+|&|\band\b|\bplus\b|\bwith\b)\s*"
    r"\d{1,3}\s+of\s+(?:his|her)\s+friends\s+\(all\s+(\d{1,2})\b)"
)


# A son or daughter's age said as a clause right before their peers, as dictated: "our son he's 18
# and 9 of his friends" is "our son (18) and 9 of his friends" (round q82b)
_TOLD = re.compile(
    r"\b((?:my|our)\s+(?:son|daughter|boy|girl))\s*,?\s*(?:he'?s|she'?s|he\s+is|she\s+is)\s+"
    rf"({_AGE}){_UNIT}(?=\s*,?\s*(?:\+|&|\band\b|\bplus\b|\bwith\b)\s*\d{{1,3}}\s+of\s+(?:his|her)\s+"
    rf"{_PEERS}\b)"
)


def _headed(m: re.Match[str]) -> str:
    """The relation of `m` with the peers' lowest age where it is 18 and over."""
    if int(m.group(3)) < 18:
        return m.group(0)
    return f"{m.group(1)} ({m.group(3)}){m.group(2)}"


# "me and 15 friends (we're all 21-22)", "(they're all 19-20)": who "all" are said inside the
# bracket; the bracket reads as "(all 21-22)", the ages for all of those just counted
_SAID_ALL = re.compile(r"\(\s*(?:we're|we are|were|they're|they are|theyre)\s+(?=all\s+\d)")


def said_all(text: str) -> str:
    """`text` with "(we're all 21-22)" written "(all 21-22)"."""
    return _SAID_ALL.sub("(", text) if "all" in text else text


def peer_ages(text: str) -> str:
    """`text` with someone's peers of one told age written as their friends with the age in
    brackets ("13 of his floormates (all 18-19)": "13 of his friends (all 18-19)"; "his 4 best
    friends who are all 18": "4 of his friends (all 18)")."""
    if "all" not in text:
        return text  # every match says "all" (speed)
    if "s " in text or " is " in text:  # "he's 18", "she is 17": an age said as a clause
        text = _TOLD.sub(r"\1 (\2)", text)
    return _HEADED.sub(_headed, _PEER_AGES.sub(_written, text))
