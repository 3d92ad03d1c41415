"""Whether a guest count is said with an adding word ("also my brother's crew, 4 adults", "plus 2
kids too", "my sister is bringing her 2 kids", "oh and my 2 nieces"): added to the order before,
or in all? A word that says the count replaces ("also, make it 20 adults") is no adding word."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# "add" as a verb: "no add ons", "no add-ons" name the extras, which add no guests
ADD = gated(re.compile(r"\b(?:add(?!\s*-?\s*ons?\b)|adding|too|also|as well|plus|another)\b"))
_RECOUNT = re.compile(
    r"\b(?:actually|make (?:it|that)|change (?:it |that )?to|now|correction|total|update|updated)\b"
    # "can we go to 18 adults", "bump it up to 24 adults": the new count
    r"|\b(?:go|going|bump|bumped|move|moving|take|bring|raise|increase|drop|lower)\s+"
    r"(?:it\s+)?(?:up\s+|down\s+)?to\b"  # "drop it to 10 adults" (q85m)
)

# "my brother and his wife and their 3 kids (12, 7 and 5) can make it after all": people said to
# come, named with no number, later in their sentence; more guests, or all of them?
# a relation counted who brings their own: "wait my sister is bringing her 2 kids"
_BRINGS = re.compile(r"\b(?:is|are|s|r)\s+bringing\s+(?:(?:her|his|their)\s+)?$")
_CAN_COME = re.compile(
    r"\b(?:can|could|will|are able to|were able to)\s+(?:make it|come|join)\b|\bafter all\b"
)


# A message that opens with "and" right before its count adds it: "oh and my 2 nieces, they're 10
# and 7. same food" after an order with kids names more kids, or all of them? (never the kids of
# the order replaced by the 2 without a word)
_AND_OPENS = re.compile(
    r"\s*(?:(?:oh|ah|ok|okay|also)\b[\s,]*)?(?:and|&)\s+(?:(?:my|our|his|her|their)\s+)?"
)

_FIRST_NUMBER = re.compile(r"\d+")


def adds_near(text: str, spans: list[tuple[int, int]]) -> bool:
    """An adding word in the clause of a guest count ("also my 2 teens", "plus 2 kids too"), or
    "and" opening the message right before it ("oh and my 2 nieces")."""
    for start, end in spans:
        count = _FIRST_NUMBER.search(text, start, end)
        if count and int(count.group()) > 1 and _AND_OPENS.fullmatch(text, 0, start):
            return True  # (not one: "oh and a baby" after kids 6-12 is read as one more)
        # back to the count before, across a sentence: "my cousins are coming too. 6 adults"
        before = text[max(0, start - 60) : start]
        after = re.split(r"[.;!?\n,]", text[end : end + 20])[0]
        # "10 adults plus 4 kids": "plus" joins the counts of a list, it adds to no earlier count
        after = re.sub(r"^\s*(?:plus|\+)\s+\d.*", "", after)
        before = re.sub(r"\d+\s+[a-z-]+\s*(?:plus|\+)\s*(?=\d|$)", "", before)
        before = re.split(r"\d", before)[-1]
        if _RECOUNT.search(before):
            continue  # "also, make it 20 adults": the count replaces
        if ADD.search(before) or ADD.search(after):
            return True
        if _BRINGS.search(before):  # "my sister is bringing her 2 kids (4 and 9)": more, or
            return True  # among the kids counted before? (asked, unless the ages say)
        named = not re.match(r"[\s(]*\d", text[start:end])  # named people, not "3 more ... can come"
        if named and _CAN_COME.search(re.split(r"[.;!?\n]", text[end : end + 80])[0]):
            return True
    return False
