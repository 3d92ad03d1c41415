"""A place named by its own capitalised name where the party would be ("the party is in
Smallville", "at Cedar Hollow Ranch") when the message gives no ZIP and the ZIP table knows no
such town: read on the message as the customer wrote it, since the reader's normalized text is
lower case and there a town's name and a common word look alike. The writer believes the place
is told; its travel fee is not known, so the reading asks its ZIP."""

from __future__ import annotations

import re

# One to four capitalised words right after a lower-case "in", "at" or "near" (a message written
# in capitals throughout or in title case has no such shape: "Party In My Backyard")
_NAMED = re.compile(r"\b(?:in|at|near)[ \t]+([A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3})\b")
# Capitalised words after "in"/"at" that name no place: a time ("in July", "at Christmas"), a
# relative's home ("at Grandma's", whose ZIP the quote asks anyway), a language, the business
# ("Sacramento Hibachi at Home" quoted back), a pronoun
_NO_PLACE = frozenset(
    word
    for line in (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
        "saturday sunday christmas xmas thanksgiving easter halloween hanukkah new noon midnight "
        "home i i'm i’m my our the a an this that mom mom's mom’s dad dad's dad’s grandma grandma's "
        "grandma’s grandpa grandpa's grandpa’s nana nana's nana’s mommy daddy english spanish "
        "tagalog vietnamese chinese hmong punjabi russian venmo zelle paypal cash",
    )
    for word in line.split()
)


def named_place(original: str) -> str | None:
    """The capitalised name of a place written after "in", "at" or "near" in the message as the
    customer wrote it (`original`, not normalized); None when there is none."""
    for m in _NAMED.finditer(original):
        first = m.group(1).split()[0].lower()
        if first not in _NO_PLACE:
            return m.group(1)
    return None
