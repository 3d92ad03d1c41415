"""Guests added after a quote, said to be vegan or vegetarian by a pronoun: "2 more adults are
coming, theyre vegan so tofu and veggies for them", "2 more people coming, both vegetarian so tofu
and veggies for the 2 of them" (round q86f, blind 187 fy006). The pronoun is the newcomers, all of
them: written "2 of them are vegan", the form the meatless readers count (`phrases.meatless_guests`,
`meatless_choices`), so their choices are theirs and the earlier order stays the others'. Read
before, the diet had no count and the four proteins were asked how many of each.

Only the pronoun right after the newcomers' count and their coming ("they're", "both", "all of
them", "who are"), "both" only of 2; "2 more are coming, one of them is vegan" (which one eats
what?) is left as written."""

from __future__ import annotations

import re

_GUESTS = (
    r"(?:adults|people|ppl|guests|friends|coworkers|co-workers|colleagues|guys|ladies|folks|"
    r"neighbors|cousins|relatives)"
)
_COMING = (
    r"(?:(?:are|r|will\s+be|can)\s+)?(?:coming|joining(?:\s+us)?|come|make\s+it|confirmed)"
    r"(?:\s+(?:too|as\s+well|after\s+all))?"
)
_NEWCOMERS = re.compile(
    rf"\b(?P<n>\d{{1,2}})\s+more\s+(?:{_GUESTS}\s+)?{_COMING}\s*[,.!-]?\s*(?:and\s+|but\s+)?"
    r"(?P<who>they(?:'re|re|\s+are|\s+r)(?:\s+(?:both|all))?|(?:and\s+)?both(?:\s+(?:are|of\s+them\s+are))?|"
    r"all\s+of\s+them\s+are|who\s+are(?:\s+both)?)"
    r"\s+(?:(?:also|strictly|strict)\s+)?(?=(?:vegan|vegetarian)s?\b)"
)


def diet_newcomers(text: str) -> str:
    """Normalized `text` with the newcomers' diet said by a pronoun ("2 more adults are coming,
    theyre vegan") written with their count ("..., 2 of them are vegan")."""
    if "more" not in text or ("vegan" not in text and "vegetarian" not in text):
        return text  # speed
    return _NEWCOMERS.sub(_written, text)


def _written(m: re.Match[str]) -> str:
    n = int(m["n"])
    if "both" in m["who"] and n != 2:
        return m.group(0)  # "3 more are coming, both vegan": which two?
    head = m.group(0)[: m.start("who") - m.start()]
    return f"{head}{n} of them are "
