"""The relation a party is for, told to be grown, named again in the writer's list: "Welcome home
party for my brother, he's back from deployment ... it'll be me, my wife, our 3 kids (12, 8 and 4),
my parents and my brother". A brother or a sister alone may be a kid ("my sister" of no age is
asked), but one back from deployment, retiring, finishing nursing school or getting married is
grown: one adult of the list. The sign must stand between the party's words and the list (or just
before "for"); "party for my little brother" or a relation with no such sign stays asked."""

from __future__ import annotations

import re

# Whom the party is for: a sibling or a cousin (a partner or a parent is counted anyway)
_FOR = re.compile(
    r"\b(?:party|dinner|celebration|bash|cookout|bbq|get together|get-together|lunch|brunch|"
    r"send-?off|farewell|gathering)\s+for\s+(?:my|our)\s+(?P<who>brother|sister|cousin)\b(?!')"
)
# What only a grown-up does: serves and deploys, retires, finishes a grown school, marries, buys a
# house, expects a baby
_GROWN_SIGN = re.compile(
    r"\b(?:deploy(?:ment|ed)?|deployed|army|navy|marines?|air force|military|basic training|"
    r"boot ?camp|ships? out|enlisted|veteran|retir(?:e|es|ed|ing|ement)|nursing school|law school|"
    r"med(?:ical)? school|grad(?:uate)? school|college|university|residency|wedding|engaged|"
    r"engagement|married|bachelor(?:ette)?|baby shower|expecting|first house|new house|housewarming|"
    r"promotion|new job)\b"
)
# Words that make the relation young whatever the sign ("my little brother", "my baby sister")
_YOUNG = re.compile(r"\b(?:little|baby|younger|youngest|kid|teen(?:age)?)\s+(?:brother|sister|cousin)\b")
_END = re.compile(r"[.!?\n]")


def grown_honorees(text: str, list_start: int) -> set[str]:
    """The relations ("brother", "sister", "cousin") the party is for, told to be grown before the
    list that starts at `list_start`: those a list item "my brother" alone counts as one adult."""
    found: set[str] = set()
    for m in _FOR.finditer(text, 0, list_start):
        if _YOUNG.search(text):
            continue  # "party for my brother ... my little brother": which one, how old?
        ends = [e.end() for e in _END.finditer(text, 0, m.start())]
        opening = max([0, *ends])  # the sentence the party's words open
        if _GROWN_SIGN.search(text, opening, list_start):
            found.add(m.group("who"))
    return found


def grown_honoree_item(text: str, at: int, who: set[str]) -> re.Match[str] | None:
    """The item "my brother" at `at` of the list, when that relation is a grown honoree: one adult
    (not "my brother's kids", "my brother (7)" or "my brother + ..." a couple reader takes)."""
    if not who:
        return None
    names = "|".join(sorted(who))
    return re.compile(rf"(?:my|our)\s+(?:{names})\b(?!\s*\(|'|\s+(?:is|who)\b)").match(text, at)
