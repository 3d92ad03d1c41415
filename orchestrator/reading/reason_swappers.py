"""Some guests described, then a swap asked for them by "they": "3 of the guys aren't vegan after
all, can they have ny strip instead of tofu?", "turns out 4 of the ladies don't eat beef, can they
have salmon instead of the ny strip?". The count opens the sentence's first clause, which says why
(a diet, a taste); the swap after ", can they have" is for those guests only, as "3 of the guys
want ny strip instead of tofu" is. Without this the swap was everyone's (or the count unplaced).

The clause between may hold no number and no word that brings people (a partner, "coming"):
"3 of the guys are bringing their wives, can they have ..." is left to the net."""

from __future__ import annotations

import re

Span = tuple[int, int]

# after a heading's colon too ("quick update: 3 of our guests can't have shellfish, ..."), or a
# dash ("One more thing - 3 of our guests don't eat red meat, so can those 3 get ...": round q85j)
_WHY = re.compile(
    r"(?:^|(?<=[.!?\n:])\s*|(?<=[.!?\n:])|(?<=\s[-–—])\s*)\s*"
    r"(?:(?:update|ok|okay|so|also|oh|lol|haha|(?:it\s+)?turns out|btw|actually)\b[\s,:!-]*)*"
    r"(\d{1,3})\s+(?:of\s+(?:(?:the|my|our)\s+[a-z-]+|us|them|em|those)|guests|people|ppl)\b"
    r"([a-z' ]{0,50}?)\s*,\s*"  # "2 guests don't eat red meat, so could those 2 have" (q85m)
    r"(?:so\s+)?(?:can|could)\s+(?:they|those|them|(?:those|these|the)\s+\1)\s+"
    r"(?:have|get|do|switch to|swap to)\s+(?:the\s+)?$"
)  # "can those 3 get": the same count said again (round q82j), another count is not them
# words that bring or count people, or take a change back: not a reason, left to the net
_NOT_WHY = re.compile(
    r"\b(?:bring\w*|com\w*|join\w*|plus|wives|wife|husbands?|partners?|dates?|kids?|more|extra|"
    r"add\w*|also|too|instead|not coming|left|leav\w*|can't make|cant make)\b"
)


# "2 of the girls dont eat red meat so salmon instead of filet for them": the reason, then the
# swap after "so", said for them after it (round q85g, blind 184 fv026)
_SO_FOR_THEM = re.compile(
    r"(?:^|(?<=[.!?\n:,])\s*|(?<=\bbut\s))\s*"
    r"(\d{1,3})\s+of\s+(?:(?:the|my|our)\s+[a-z-]+|us|them|em|those)\b([a-z' ]{0,50}?)\s*,?\s+"
    r"so\s+$"
)
_FOR_THEM = re.compile(
    r"[a-z ]{3,40}?\binstead of\s+(?:the\s+)?[a-z ]{3,20}?\s+for\s+(?:them|those\s+\d{1,3})\b"
)


# "2 guests don't eat red meat, so could those 2 have shrimp ...": the count opens such a sentence
_COUNTED_THEN_SWAP = re.compile(
    r"(\d{1,3})\s+(?:guests|people|ppl)\b([a-z' ]{0,50}?)\s*,\s*(?:so\s+)?(?:can|could)\s+"
    r"(?:they|those|them|(?:those|these|the)\s+\1)\s+(?:have|get|do|switch to|swap to)\b"
)


def swappers_counted_at(text: str, start: int) -> bool:
    """Whether the count at `start` of normalized `text` is that of some guests described, then a
    swap asked for them ("2 guests don't eat red meat, so could those 2 have ..."): no guest
    total (round q85m)."""
    m = _COUNTED_THEN_SWAP.match(text, start)
    return m is not None and not _NOT_WHY.search(m.group(2))


def reason_swappers(text: str, start: int) -> tuple[int, Span] | None:
    """How many guests a swap starting at `start` is for, when a sentence counts and describes
    them just before ("3 of the guys aren't vegan after all, can they have"; "2 of the girls dont
    eat red meat so ... for them"), and the span read."""
    floor = max(0, start - 110)
    m = _WHY.search(text[floor:start])
    if m is None and (so := _SO_FOR_THEM.search(text[floor:start])) and (
        _FOR_THEM.match(text, start)
    ):
        m = so
    if m is None or _NOT_WHY.search(m.group(2)):
        return None
    return int(m.group(1)), (floor + m.start(1), start)


# a verb put before the group it changes: "switch the kids to", "give the adults", "put the kids on"
_VERB_FIRST = r"(?:switch|swap|change|move|put|bump|upgrade|give|get|make)\s+"


# "The adults want filet instead of chicken, the kids keep chicken": a swap for one age group
# named right before it, as "filet instead of chicken for the adults only" is; asked as a question
# too ("could the adults have filet instead of chicken?", "can the adults get ..."). The kids too
# ("can the kids have chicken instead of filet?", "oh and the children would like ...", "can my kids
# have ..."): the kids' share alone swaps, not the whole party's (round q72m).
_GROUP_WANTS = re.compile(
    # after a heading's colon too ("Small change: the adults want ny strip not filet")
    # (or after a dash: "Hi again - could the kids have chicken instead of the lobster?", round q84l)
    r"(?:^|(?<=[.!?\n,:])\s*|(?<=\s[-–])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh)[\s,]+){0,2}"
    r"(?:(?P<asked>can|could)\s+)?(?:(?:just|only)\s+)?"  # "can just the adults have ..."
    r"(?:the\s+|all\s+the\s+|(?=(?:my|our)\s+(?:kids|children)\b)(?:my|our)\s+)?"
    r"(adults|grown[- ]?ups|kids|children)(?:\s+all)?"
    r"(?:\s+(?:(?:would|'d)\s+(?:like|prefer)|want|prefer|eat|"
    r"(?(asked)(?:have|get|do|eat|go\s+with)|(?:(?:can|could|will|should|(?:are\s+)?(?:going\s+to|gonna))\s+"
    r"(?:have|get|do|eat|go\s+with)|are\s+(?:doing|getting|having))))|'ll\s+(?:have|get|do|eat))"
    r"\s+(?:the\s+)?$"
    # "for the kids, chicken instead of scallops", "kids: chicken instead of the filet": the group
    # opening its sentence, the swap after the comma or colon (round q73m)
    r"|(?:^|(?<=[.!?\n])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh)[\s,]+){0,2}"
    r"(?:for\s+)?(?:the\s+|all\s+the\s+|(?:my|our)\s+(?=kids|children))?"
    r"(adults|grown[- ]?ups|kids|children)\s*[,:-]\s*(?:(?:just|only)\s+)?$"
    # the verb first: "and switch the kids to chicken instead of filet", "can we move the adults
    # over to lobster instead of filet", "give the kids chicken instead of filet": the group's swap
    # too (it swapped every portion, the other group's as well: round q76f)
    r"|(?:^|(?<=[.!?\n,:])\s*|(?<=\s[-–])\s*)(?:(?:and|but|ok|okay|so|also|actually|oh|then|pls|please|lets|let's)"
    r"[\s,]+){0,2}(?:(?:can|could)\s+(?:we|you|u|ya)\s+(?:also\s+|just\s+)?)?"
    rf"{_VERB_FIRST}(?:the\s+|all\s+the\s+|(?:my|our)\s+(?=kids|children))?"
    r"(adults|grown[- ]?ups|kids|children)(?:'?s?'?\s+(?:plates?|meals?|orders?|food))?"
    r"\s+(?:(?:over\s+)?to|on(?:to)?|with)?\s*(?:the\s+)?$"
    # after "if", the change weighed for a price: "what if just the adults had lobster instead of
    # shrimp?", "what would it cost if the kids do chicken instead of filet" (round q79i; it was
    # read as every guest's swap)
    r"|\bif\s+(?:(?:just|only)\s+)?(?:the\s+|all\s+the\s+|(?:my|our)\s+(?=kids|children))?"
    r"(adults|grown[- ]?ups|kids|children)(?:\s+(?:just|only|all))?\s+(?:(?:would|could|were\s+to)\s+)?"
    r"(?:had|have|got|get|did|do|ate|eat|went\s+with|go\s+with|switched\s+to|switch\s+to)\s+(?:the\s+)?$"
)


def group_swappers(text: str, start: int) -> tuple[str, Span] | None:
    """The age group a swap starting at `start` is for, named just before it ("the adults want
    filet instead of chicken", "the kids want chicken instead of filet"), and the span read (for
    the kids none: the kids' word is left to the net, so a party with no kids counted asks, and a
    follow-up's swap for the kids with none counted asks too, in `conversation`)."""
    floor = max(0, start - 40)
    m = _GROUP_WANTS.search(text[floor:start])
    if m is None:
        return None
    group = next(g for g in (2, 3, 4, 5) if m.group(g))
    if m.group(group).startswith(("adult", "grown")):
        return "adults", (floor + m.start(group), start)
    return "kids", (start, start)  # the kids' word left to the net: asked when no kids are counted
