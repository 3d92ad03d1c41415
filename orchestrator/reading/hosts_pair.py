"""The two people whose event it is, as hosts: "the couple would like filet for every guest"
(the couple choosing, in the count said beside them) and "anniversary for my grandparents ... +
grandma & grandpa" (the pair named again one by one in the list, counted there once)."""

from __future__ import annotations

import re

# The couple whose event it is, choosing for it ("the couple would like filet for every guest"):
# the hosts, in the guest count said beside them ("a couple of kids" stays a vague quantity)
_THE_COUPLE = re.compile(r"\bthe (?:happy |bridal )?couple\Z")
_CHOOSES = re.compile(
    r"(?:\s*[-,:]?\s*they(?:'d| would)?)?"  # "from the couple - they'd like to swap"
    r"\s+(?:would (?:like|love|prefer)|wants?|wishes|prefers?|picked|chose|requested|asked for|"
    r"like|love|prefer)\b"
)

# The couple as who sent word ("Update from the couple - ..."): the clause ends after them
_FROM_COUPLE = re.compile(r"\b(?:from|by) the (?:happy |bridal )?couple\Z")
_SENDER_ENDS = re.compile(r"\s*(?:[-:;.!]|$)")


def couple_choosing(text: str, end: int, *, counted: bool) -> bool:
    """ "the couple" ending at `end` of normalized `text` is the hosts choosing ("the couple would
    like"), inside the guest count the message said (`counted`) or, in a follow-up of no count,
    the conversation's; or the couple as who sent word ("update from the couple -")."""
    if _FROM_COUPLE.search(text, 0, end) and _SENDER_ENDS.match(text, end):
        return True  # "update from the couple - 4 of the guests ...": who sent it, no quantity
    return bool(
        (counted or not re.search(r"\d", text))
        and _THE_COUPLE.search(text, 0, end)
        and _CHOOSES.match(text, end)
    )


# The pair whose event it is ("anniversary for my grandparents") named again one by one in the
# list ("6 married couples + grandma & grandpa"): the same two people, counted there
_AND = r"\s*(?:and|&|n|\+)\s*"
_MOM, _DAD = r"(?:mom|mum|mama|mother)", r"(?:dad|daddy|father)"
_GRANDMA = r"(?:grandma|granny|gramma|grammy|nana|grandmother)"
_GRANDPA = r"(?:grandpa|grampa|gramps|grandfather)"
_ONE_BY_ONE = {
    "parents": re.compile(rf"\b(?:{_MOM}{_AND}{_DAD}|{_DAD}{_AND}{_MOM})\b"),
    "grandparents": re.compile(rf"\b(?:{_GRANDMA}{_AND}{_GRANDPA}|{_GRANDPA}{_AND}{_GRANDMA})\b"),
}
_FOR_PAIR = re.compile(r"\bfor\s+(?:my|our)\s+(parents|grandparents)\b(?!')")


def pair_named_again(text: str) -> str:
    """`text` with the pair an event is for ("for my grandparents") written "for them" when the
    list names the two one by one after it ("+ grandma & grandpa"): they are counted there once."""
    for m in _FOR_PAIR.finditer(text):
        if _ONE_BY_ONE[m.group(1)].search(text, m.end()):
            return text[: m.start()] + "for them" + text[m.end() :]
    return text
