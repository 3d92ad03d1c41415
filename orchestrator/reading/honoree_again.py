"""The person a party is for, named in the occasion and again in the guest list, rewritten so the
list readers place them once:

- a bracket after them that names the school occasion, no age ("graduation party for my son (8th
  grade promotion)"): it says what the event is, so it is dropped (the "8th" is a grade, no guest);
- twins (or triplets, a son, a daughter) named with their age in the occasion and again without
  it in the writer's list ("grad party for my twins (18) me, my wife, the twins, my parents"): the
  age is told where the list names them ("the twins (18)"), the same two guests;
- the pronoun with an age as an item of the writer's list ("4 my sons 8th grade promotion!! me,
  my husband, him (14), his sisters ...") is the son (or daughter) the occasion names: "our son
  (14)", the item the list readers know (only when the text names a son for "him", a daughter
  for "her", and the pronoun follows "me" in the same sentence).

Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

_WHOSE = r"\b(?:for|of)\s+(?:my|our)\s+(?:son|daughter|boy|girl|kid|twins|triplets)"
# "(8th grade promotion 🎓)", "(kindergarten graduation)", "(moving up from 5th grade)"
_SCHOOL_OCCASION = re.compile(
    rf"({_WHOSE})\s*\(\s*(?:(?:\d{{1,2}}(?:st|nd|rd|th)\s+grade|kindergarten|kinder|preschool|"
    r"pre-k|elementary|middle school|junior high|high school|college|eighth grade)\s+)?"
    r"(?:promotion|graduation|grad|moving up|continuation|culmination)\b[^()\d]{0,12}\)"
)
# (a son or a daughter as well: "grad party for my son (18) ... me, my husband, our son, ...")
_BORN_TOGETHER = re.compile(
    r"\b(?:for|of)\s+(?:my|our)\s+(twins|triplets|son|daughter)\s*\(\s*(\d{1,2})\s*\)"
)
# The writer's list naming them again with no age: "me, my wife, the twins, my parents"
_AGAIN = r"(\b(?:me|myself)\b[^.!?\n]{{0,40}}?\b(?:the|my|our)\s+{0})(?!\s*\(|\s+\d|\s+(?:are|r|is)\b)"


def _twins_again(text: str) -> str:
    """`text` with the twins' age said in the occasion moved to where the list names them."""
    m = _BORN_TOGETHER.search(text)
    if m is None:
        return text
    again = re.compile(_AGAIN.format(m.group(1)))
    later = again.search(text, m.end())
    if later is None or again.search(text, later.end()):
        return text  # not named again, or named twice: left as it is (asked)
    told = f"{later.group(1)} ({m.group(2)})"
    head = text[: m.start()] + m.group(0).replace(f"({m.group(2)})", "").rstrip()
    return head + text[m.end() : later.start()] + told + text[later.end() :]


_PRONOUN_ITEM = re.compile(
    r"(\b(?:me|myself)\b[^.!?\n]{0,40}?,\s*)(him|her)(\s*\(\s*\d{1,2}\s*\)\s*,)"
)
_CHILD = {"him": (re.compile(r"\bsons?\b|\bsons'?s\b|\bson's\b"), "our son"),
          "her": (re.compile(r"\bdaughters?\b|\bdaughter's\b"), "our daughter")}  # fmt: skip


def _pronoun_item(m: re.Match[str]) -> str:
    """The pronoun item of `m` as the son or daughter the text names, else as it is."""
    named, word = _CHILD[m.group(2)]
    if not named.search(m.string):
        return m.group(0)
    return f"{m.group(1)}{word}{m.group(3)}"


_GRAD_ITEM = re.compile(
    r"(\b(?:me|myself)\b[^.!?\n]{0,40}?,\s*)(?:my|our|the)\s+(?:grad|graduate)(\s*\(\s*\d{1,2}\s*\))"
    r"(?=\s*(?:,|&|\+|and\b)(?:\s*(?:and\s+)?(his|her)\b)?)"
)


def _grad_item(m: re.Match[str]) -> str:
    """The graduate of `m` as the son or daughter the list reader counts by the age."""
    word = "our son" if m.group(3) == "his" else "our daughter"
    return f"{m.group(1)}{word}{m.group(2)}"


# The relation a party is for, told by name with an age: "our son marcus (he's 22)", "my daughter
# jess (21)"
_NAMED_AGED = re.compile(
    r"\b(my|our)\s+(son|daughter|grandson|granddaughter|nephew|niece|brother|sister)\s+"
    r"(?!(?:is|and|who|was|will|just|turns|turning|has)\b)([a-z]{3,12})\s*"
    r"(\(\s*(?:(?:he|she)\s*(?:'s|is)\s+|age\s+|aged\s+)?(\d{1,2})"
    r"(?:\s*(?:yo|y/o|yrs?(?: old)?|years? old))?\s*\))"
)
# That name as an item of the writer's list: "marcus, me and my husband", "me, my husband, marcus,"
_NAME_ITEM = r"(?:(?<=\bbe )|(?<=[,:&+] )|(?<=\band ))({0})(?=\s*(?:,|&|\+|\band\b|[.!?\n]|$))"
_WRITER_NEAR = re.compile(r"\b(?:me|myself)\b")


def _named_again(text: str) -> str:
    """`text` with the honoree told by name and age in the occasion ("our son marcus (he's 22)")
    and named again by the name alone in the writer's list ("it'll be marcus, me and my husband,
    ...") written as the relation with the age where the list names them ("our son (22), me and
    ..."): the same one guest, priced by the age, the bracket of the occasion dropped. Only one
    such honoree, named once again, in a sentence with the writer."""
    found = list(_NAMED_AGED.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    again = [a for a in re.finditer(_NAME_ITEM.format(m.group(3)), text[m.end() :])
             if _near_writer(text, m.end() + a.start(1))]  # fmt: skip
    if len(again) != 1:
        return text  # not named again in a list, or twice: left as it is
    start, end = m.end() + again[0].start(1), m.end() + again[0].end(1)
    told = f"{m.group(1)} {m.group(2)} ({m.group(5)})"
    head = text[: m.start(4)].rstrip() + text[m.end(4) : start]
    return head + told + text[end:]


# The relation a party is for, told with an age in a remark and no name: "our daughter (she's 31)"
_RELATION_AGED = re.compile(
    r"\b(my|our)\s+(son|daughter|grandson|granddaughter|nephew|niece|brother|sister)\s*"
    r"\(\s*(?:he|she)\s*(?:'s|s|is)\s+(\d{1,2})(?:\s*(?:yrs?(?: old)?|years? old))?\s*\)"
)


def _relation_again(text: str) -> str:
    """`text` with the honoree told by relation and age in a remark ("our daughter (she's 31) just
    made partner") and named again by the relation in the writer's list ("me, my wife, our
    daughter (31), her fiance ...") told once, where the list names them: the same one guest. Only
    one such honoree, named once again, beside the writer."""
    found = list(_RELATION_AGED.finditer(text))
    if len(found) != 1:
        return text
    m = found[0]
    item = re.compile(rf"\b(?:my|our)\s+{m.group(2)}\b(?:\s*\(\s*{m.group(3)}\s*\))?(?!')")
    again = [a for a in item.finditer(text, m.end()) if _near_writer(text, a.start())]
    if len(again) != 1:
        return text  # not named again in a list, or twice: left as it is
    a = again[0]
    told = f"{m.group(1)} {m.group(2)} ({m.group(3)})"
    head = text[: m.start()] + f"{m.group(1)} {m.group(2)}" + text[m.end() : a.start()]
    return head + told + text[a.end() :]


def _near_writer(text: str, at: int) -> bool:
    """Whether the writer ("me") stands in the same sentence as `at`, within 60 characters."""
    opening = max([0, *(e.end() for e in re.finditer(r"[.!?\n]", text[:at]))])
    closing = re.search(r"[.!?\n]", text[at:])
    stop = at + closing.start() if closing else len(text)
    return bool(_WRITER_NEAR.search(text, max(opening, at - 60), min(stop, at + 60)))


def honoree_again(text: str) -> str:
    """`text` with the honoree's school-occasion bracket dropped and the twins' age told once."""
    if "(" not in text:
        return text  # every rewrite reads a bracket (speed)
    text = _SCHOOL_OCCASION.sub(lambda m: m.group(1), text)
    text = _PRONOUN_ITEM.sub(_pronoun_item, text)
    if "grad" in text:
        text = _GRAD_ITEM.sub(_grad_item, text)  # "me, my husband, our grad (18), ..."
    text = _relation_again(text)  # "our daughter (she's 31) ... me, my wife, our daughter, ..."
    return _named_again(_twins_again(text))  # "our son marcus (he's 22) ... marcus, me and"
