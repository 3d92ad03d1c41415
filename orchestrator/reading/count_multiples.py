"""Guest counts given as a multiple or a share of another count, written out as numbers where
the count they refer to stands right before them (`shares_and_multiples`, in `written_counts`):
"9 adults + twice as many kids" is 9 adults and 18 kids, "my side is 6 adults, his side is double
that" 6 and 12 adults, "18 ppl total and a third of them are kids" 6 kids (a share that is no
whole number is left), "5 couples and their kids, each couple has 1 kid" 5 kids, "3 families of
4. each family is 2 parents and 2 kids" 6 adults and 6 kids, "we're doubling it to 12" 12 now.
Any other multiple or share left in the normalized text ("so it's double that" after last year's
count, "twice as many as last year", "she's inviting half her class") would otherwise be priced as
if it were not there, so the safety net asks about it (`multiple_checks`): which count it refers
to, or the group's size, is the customer's to say."""

from __future__ import annotations

import re

# "9 adults + twice as many kids", "10 adults and twice as many kids": the kids are twice the
# adults said right before (a guest word on both sides, nothing else between)
_TWICE_AS_MANY = re.compile(
    r"\b(\d{1,3})\s+(adults|grown ?ups|kids|children)\s*(?:\+|&|,|\band\b|\bplus\b|\bwith\b)\s*"
    r"(?:(?:and|plus)\s+)?(twice|double|three times|triple)\s+(?:as many|that many)\s+"
    r"(adults|grown ?ups|kids|children)\b"
)
# "my side is 6 adults, his side is double that": two sides, the second a multiple of the first
_WHOSE = r"(?:my|his|her|our|their|the\s+[a-z]+'?s)\s+(?:side|family|fam|half)"
_SIDE_DOUBLED = re.compile(
    rf"\b{_WHOSE}\s+(?:is|are|'s|=)\s+(\d{{1,3}})\s+(adults|grown ?ups)\s*(?:,|&|\+|\band\b)\s*"
    rf"(?:and\s+)?{_WHOSE}\s+(?:is|are|'s|=)\s+(twice|double|three times|triple)\s+"
    r"(?:that|as many|that many)\b(?!\s+(?:of|plus|\+)\b)"
)
# "18 ppl total and a third of them are kids": a share of a total said right before it
_SHARE_OF_TOTAL = re.compile(
    r"\b(\d{1,3})(\s+(?:ppl|people|guests|persons|of us)(?:\s+total)?\s*(?:,\s*|\s+)(?:and\s+|&\s+)?)"
    r"(half|one half|a third|one third|1/3|a quarter|one quarter|1/4|two thirds|2/3)\s+of\s+"
    r"(?=(?:them|those|us)\s+(?:are|r|will be)\s+(?:kids|children|adults)\b)"
)
_SHARES = {"half": (1, 2), "one half": (1, 2), "a third": (1, 3), "one third": (1, 3),
           "1/3": (1, 3), "a quarter": (1, 4), "one quarter": (1, 4), "1/4": (1, 4),
           "two thirds": (2, 3), "2/3": (2, 3)}  # fmt: skip
# "5 couples and their kids, each couple has 1 kid": the kids are the couples times the number
# ("4 couples and each couple brings 1 kid", "3 couples, each has 2 kids": the same, the kids of
# every couple told once)
_EACH_COUPLE = re.compile(
    r"\b(\d{1,2}) couples(?: and their (?:kids|children))?\s*[,;:—–-]*\s*(?:and\s+)?each"
    r"(?: couple)?\s+(?:has|have|brings|is bringing|will bring|with)\s+"
    r"(1|2|3|one|a|an) (?:kids?|child|children)\b(?!\s*(?:and|&|\+|plus)\s+(?:a|an|one|\d)\b)"
)
# "3 families of 4. each family is 2 parents and 2 kids": the parts of every family, which must
# make its size
_FAMILIES_OF = re.compile(
    r"\b(\d{1,2}) famil(?:y|ies) of (\d{1,2})\s*[.,;:]?\s*each family (?:is|has|=)\s+(\d) "
    r"(?:parents|adults|grown ?ups) and (\d) (?:kids|children)\b"
)
# "so we're doubling it to 12": the new count said; the doubling only tells how it grew
_DOUBLED_TO = re.compile(
    r"\b(?:doubling|tripling|doubled|tripled|double|triple)\s+(?:it|that|this|us|the\s+(?:count|"
    r"headcount|number|party|group|order))\s+(?:up\s+)?to\s+(\d{1,3})\b(?!\s*(?:more|extra|%|\$))"
    r"(\s+(?:adults|grown ?ups|people|ppl|guests|of us)\b)?"
)
_TIMES = {"twice": 2, "double": 2, "three times": 3, "triple": 3}
# "we had a hibachi night for 8 of us last year ... so it's double that": the one count before it
# is the past party's, told as such, and the new party is its multiple (round q81m)
_PAST = r"last (?:year|time|summer|spring|fall|winter)"
_WHO = r"(?P<who>of us|people|ppl|guests|adults)"
_TIMES_THAT = (
    r"(?P<mid>[^\d]{0,80}?)\b(?P<times>double|twice|triple|three times)\s+that\b"
    r"(?!\s*(?:of|plus|\+|and|minus|-)\b)"
)
_PAST_DOUBLED = (  # "8 of us last year", "last year was 9 of us"
    re.compile(rf"\b(?P<n>\d{{1,3}})\s+{_WHO}\s+(?P<when>{_PAST})\b{_TIMES_THAT}"),
    re.compile(rf"\b(?P<when>{_PAST}\s+(?:was|we were|we had|there were))\s+(?P<n>\d{{1,3}})\s+{_WHO}\b"
               rf"{_TIMES_THAT}"),
)
# a multiple of some count ("double that", "twice as many", "double last year's") or a share of a
# group of no number that is invited or comes ("inviting half her class", "bringing half the
# team"); "half the team is driving" (why no one drinks) names no guests and is left alone
_MULTIPLE = re.compile(
    r"\b(?:(?:double|twice|triple|three times)\s+(?:that|this|it|as many|that many|the (?:number|"
    r"amount|count|headcount|size|people|guests|crowd)|last (?:year|time)(?:'s)?|us|them)"
    r"|(?:double|triple)d?\s+(?:our|the|my)\s+(?:group|party|headcount|count|numbers?)"
    r"|(?:doubling|tripling|doubled|tripled)\s+(?:it|that|this|us|the\s+(?:count|headcount|number|"
    r"party|group|order)))\b"
)
# "half the parents are coming so 7 parents": a share of a group with its number said right after
# (the same group's word): the number stands, the share only tells how it was counted (round q81m)
_SHARE_COUNTED = re.compile(
    r"\b(?:half|a third|a quarter)\s+(?:of\s+)?the\s+([a-z]+)\s+(?:are|is|r|will be)\s+"
    r"(coming|joining|attending|in)\s*,?\s*(?:so|that'?s|thats|=)\s+(\d{1,3})\s+([a-z]+)\b"
)
_SHARE_INVITED = re.compile(
    r"\b(?:invit\w*|bring\w*|ask\w*|having|hosting|includ\w*)\s+(?:about\s+|like\s+|maybe\s+)?"
    r"(half|a third|a quarter)\s+(?:of\s+)?(?:her|his|my|our|their|the)\s+"
    r"(?:class(?:mates)?|grade|team(?:mates)?|department|dept|office|school|squad|club|church|"
    r"company|coworkers|co-workers|friends|cousins|family|staff|crew|group|league)\b"
)


def _share_written(m: re.Match[str]) -> str:
    """ "18 ppl total and a third of them": "18 ppl total and 6 of them" when the share is whole."""
    top, bottom = _SHARES[m.group(3)]
    whole, left = divmod(int(m.group(1)) * top, bottom)
    return m.group(0) if left else f"{m.group(1)}{m.group(2)}{whole} of "


def _grown_to(m: re.Match[str]) -> str:
    """ "doubling it to 12": "12 now" (the count a later check sums against any "3 more couples");
    a number the doubling cannot make (odd, or no third for tripling) is left, and asked."""
    if int(m.group(1)) % (3 if "tripl" in m.group(0) else 2):
        return m.group(0)
    return f"{m.group(1)}{m.group(2) or ''} now"


def _share_counted(m: re.Match[str]) -> str:
    """ "half the parents are coming so 7 parents": "7 parents coming" (the same group's word)."""
    return f"{m.group(3)} {m.group(1)} {m.group(2)}" if m.group(1) == m.group(4) else m.group(0)


def _past_multiplied(text: str) -> str:
    """ "for 8 of us last year ... so it's double that": "for last year ... so it's 16 of us"
    ("last year was 9 of us, this year double that": "last year was, this year 18 of us"), when
    the past count is the first number of the message (no other count it could refer to)."""
    for pattern in _PAST_DOUBLED:
        m = pattern.search(text)
        if m is None or re.search(r"\d", text[: m.start()]):
            continue
        count = int(m.group("n")) * _TIMES[m.group("times")]
        said = f"{m.group('when')}{m.group('mid')}{count} {m.group('who')}"
        return text[: m.start()] + said + text[m.end() :]
    return text


def _families_written(m: re.Match[str]) -> str:
    """ "3 families of 4. each family is 2 parents and 2 kids": "6 adults and 6 kids" (left when
    the parts do not make the family's size)."""
    families, size, adults, kids = (int(g) for g in m.groups())
    if adults + kids != size:
        return m.group(0)
    return f"{families * adults} adults and {families * kids} kids"


def _couples_written(m: re.Match[str]) -> str:
    """ "5 couples and their kids, each couple has 1 kid": "5 couples and their kids, 5 kids"."""
    each = int(m.group(2)) if m.group(2).isdigit() else 1
    return f"{m.group(1)} couples and their kids, {int(m.group(1)) * each} kids"


def shares_and_multiples(text: str) -> str:
    """`text` with a share of a total said before it written as its number ("18 ppl total and a
    third of them are kids": 6 of them; a share that is no whole number is left), a count grown
    to its number ("we're doubling it to 12": we're 12), a past party's count multiplied ("8 of
    us last year ... so it's double that": 16 of us), a share of a group said with its number
    ("half the parents are coming so 7 parents": 7 parents coming), the kids of couples with as
    many each ("5 couples and their kids, each couple has 1 kid": 5 kids), families of a size
    told by their parts ("3 families of 4. each family is 2 parents and 2 kids"), and the
    multiples `twice_as_many` writes out (normalized, lower-cased `text`)."""
    if " of " in text:
        text = _SHARE_OF_TOTAL.sub(_share_written, text)
    if "doubl" in text or "tripl" in text:
        text = _DOUBLED_TO.sub(_grown_to, text)
    if " the " in text:
        text = _SHARE_COUNTED.sub(_share_counted, text)
    if " that" in text and "last " in text:
        text = _past_multiplied(text)
    if "each family" in text:
        text = _FAMILIES_OF.sub(_families_written, text)
    if "couples" in text and "each" in text:
        text = _EACH_COUPLE.sub(_couples_written, text)
    return twice_as_many(text)


def twice_as_many(text: str) -> str:
    """`text` with "N adults + twice as many kids" written as "N adults + 2N kids", and "my side
    is N adults, his side is double that" as "N adults + 2N adults" (normalized, lower-cased)."""
    if "side" in text or "fam" in text or "half" in text:
        text = _SIDE_DOUBLED.sub(
            lambda m: f"{m.group(1)} {m.group(2)} + {int(m.group(1)) * _TIMES[m.group(3)]} {m.group(2)}",
            text,
        )
    if "many" not in text:
        return text  # speed: nothing to match without it

    def written(m: re.Match[str]) -> str:
        times = _TIMES[m.group(3)]
        return f"{m.group(1)} {m.group(2)} + {int(m.group(1)) * times} {m.group(4)}"

    return _TWICE_AS_MANY.sub(written, text)


def multiple_checks(text: str) -> list[tuple[str, str]]:
    """Checks for a multiple or a share of a count left in normalized `text`: the count it stands
    for was not placed in the order."""
    found = _MULTIPLE.search(text) or _SHARE_INVITED.search(text)
    if found is None:
        return []
    said = found.group(0)
    return [("guests", f"'{said}' is a share or a multiple of a count: how many guests in all?")]
