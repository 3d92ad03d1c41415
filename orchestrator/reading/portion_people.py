"""Numbers about portions per person and about whom extras are for, which count no guest:
"each person gets 3: 1 shrimp, 1 filet, 1 chicken" (the 3 is the sum of the list after it),
"plus 3 extra lobster tails for the owner and the 2 brewers" (the 2 is among the people the
counted extras are for, who add up to the count), "6 lobster tails on top for the grads and their
4 best friends" (the 4 with a group named before it, fewer than the extras; "for our top 3
producers": a rank before the number), and the same people
named again earlier ("Fathers day for my dad and his 2 brothers ... 3 extra lobster tails for my
dad and his 2 brothers"). Each pattern opens with a rare word ("each", "extra"/"on top"), so a
message without one fails fast."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "each person gets 3: 1 shrimp, 1 filet, 1 chicken", "each guest gets 4 proteins: 1 ..."
_EACH_GETS = re.compile(
    r"\b(?:each|every)\s+(?:person|guest|one|adult|plate)\s+(?:gets?|has|will get|will have)\s+"
    r"(\d)\s*(?:proteins?|items?|meats?)?\s*:\s*((?:\d\s+[a-z]+(?:\s+(?!and\b)[a-z]+)?\s*(?:,|&|\+|\band\b)?\s*)+)"
)
_ITEM = re.compile(r"\b(\d)\s+[a-z]")
# "3 extra lobster tails for the owner and the 2 brewers", "6 lobster tails on top for the grads
# and their 4 best friends": counted extras, then whom they are for, up to the sentence's end
_EXTRAS_FOR = re.compile(
    r"\b(\d{1,2})\s+(?:(?:extra|additional)\s+)?[a-z]+(?:\s+tails?)?\s+"
    r"(?:(?:extra|on top|additional)\s+)?"
    r"for\s+((?:(?:my|our|his|her|their|the)\s+(?:(?:top|best)\s+)?(?:\d{1,2}\s+)?"
    r"[a-z]+(?:\s+(?!and\b)[a-z]+)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*)?)+)"
)
_EXTRA_WORD = re.compile(r"\b(?:extra|additional|on top)\b")
_PLUS_BEFORE = re.compile(r"\bplus\s+$")
# "our top 3 producers": a rank before the number, the people the number counts
_WHO = re.compile(
    r"(?:my|our|his|her|their|the)\s+(?:(?:top|best)\s+)?(?:(\d{1,2})\s+)?([a-z]+)(?:\s+(?!and\b)([a-z]+))?"
)
# "my dad and his 2 brothers, all grill guys": what the people named are, no other guests
_DESCRIBED = re.compile(r"\s*,\s*all\s+(?:[a-z]+\s+)?(?:guys|gals|ladies|men|women|dudes|bros)\b")
# a list's joint right before the people named again: they are an item of a guest list
_LIST_JOINT = re.compile(r"(?:,|\band|\bplus|&|\+)\s*$")
# words that end the people named, not a person ("for the party", "for the table")
_NO_PERSON = frozenset(("party", "table", "event", "group", "night", "day", "dinner", "lunch", "grill"))


def portion_numbers(text: str) -> list[Span]:
    """The spans of numbers the readings above place: the per-person sum, and the people the
    counted extras are for (with the same people named again elsewhere in the message)."""
    spans: list[Span] = []
    if "each" in text or "every" in text:
        spans += _per_person_sums(text)
    if " for " in text and ("extra" in text or "on top" in text or "additional" in text):
        spans += _extras_for(text)
    return spans


def _per_person_sums(text: str) -> list[Span]:
    """ "each person gets 3: 1 shrimp, 1 filet, 1 chicken": the 3, when the list adds up to it."""
    spans = []
    for m in _EACH_GETS.finditer(text):
        items = [int(i.group(1)) for i in _ITEM.finditer(m.group(2))]
        if len(items) >= 2 and sum(items) == int(m.group(1)):
            spans.append(m.span(1))
    return spans


def _extras_for(text: str) -> list[Span]:
    """The people counted extras are for, when a number among them counts some of them: placed
    when the people add up to the extras, or when a group named without a number ("the grads")
    makes up the rest; the same words said elsewhere in the message are placed too."""
    spans = []
    for m in _EXTRAS_FOR.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if not (_EXTRA_WORD.search(m.group(0)) or _PLUS_BEFORE.search(before)):
            continue  # "6 lobster tails for the grads": not said to be on top
        people, numbered, groups = 0, 0, 0
        for who in _WHO.finditer(m.group(2)):
            word = who.group(3) or who.group(2)
            if word in _NO_PERSON or who.group(2) in _NO_PERSON:
                people = -1
                break
            if who.group(1):
                numbered += int(who.group(1))
            elif word.endswith("s") and not word.endswith("ss"):
                groups += 1  # "the grads": more than one, how many not said
            else:
                people += 1
        extras = int(m.group(1))
        if people < 0 or not numbered:
            continue
        total = people + numbered
        if total == extras or (groups and total + 2 * groups <= extras):
            who_span = m.span(2)
            spans.append(who_span)
            spans += _said_again(text, text[who_span[0] : who_span[1]].strip(" ,.&+"), who_span)
    return spans


def _said_again(text: str, words: str, placed: Span) -> list[Span]:
    """The same people named elsewhere ("for my dad and his 2 brothers" opening the message); not
    as an item of a list ("me, my wife, our kids (14, 10, 6), my dad and his 2 brothers"): there
    the number counts guests, and it is placed only if the guests' reading counted them."""
    spans = []
    at = text.find(words)
    while at >= 0:
        if not placed[0] <= at < placed[1] and not _LIST_JOINT.search(text, 0, at):
            described = _DESCRIBED.match(text, at + len(words))
            spans.append((at, described.end() if described else at + len(words)))
        at = text.find(words, at + 1)
    return spans
