"""A ZIP beside words that say the party's place is not settled ("our office is in 95814 but the
party might be at my place or at a coworker's, still tbd", "I work in 95670 but we haven't picked
where the party is yet", "we live in 95628 but might do it at the lake house instead", "we
haven't decided yet whether we're hosting it at the office or at my place"): the ZIP given may
not be where the chef cooks, and the travel fee follows the venue, so a careful person
asks where the party is rather than price the ZIP said."""

from __future__ import annotations

import re

# The party (or "it") said to be somewhere that is only possible, a venue not picked, or a place
# said to be open; each ends on the word that says so, so a settled place ("the party is at my
# place in 95610", "we might add the show") never matches.
_UNSETTLED = re.compile(
    # ("the holiday lunch could end up at our Davis office", "the offsite might be at": q85a)
    r"\b(?:party|event|dinner|celebration|it|lunch|brunch|offsite|off-site|gathering|get-together|"
    r"get together|reunion|bbq|cookout)\s+(?:might|may|could)\s+(?:also\s+)?(?:be|end up|"
    r"happen|take place)\s+(?:being\s+)?(?:at|in)\b"
    r"|\b(?:might|may|could)\s+(?:end up\s+)?(?:do|have|host|hold|move)\s+(?:it|the party|the "
    r"event|the dinner)\s+(?:at|in|to|over at)\b"
    r"|\b(?:haven'?t|have not|havent|not yet|still (?:need to|have to|got to))\s+(?:\w+\s+)?"
    r"(?:picked|decided|chosen|figured out|settled on|found|booked|locked in)\s+(?:yet\s+)?(?:on\s+)?"
    # ("we haven't decided yet whether we're hosting it at the office or at my place in 95630")
    r"(?:where|the venue|a venue|the location|a location|the spot|a spot"
    r"|whether\s+(?:[\w']+\s+){0,4}?(?:at|in))\b"
    r"|\b(?:venue|location|spot)\s+(?:is\s+|are\s+)?(?:still\s+)?(?:tbd|tba|undecided|not "
    r"(?:decided|set|settled|final|confirmed|picked)|up in the air)\b"
    r"|\b(?:still\s+)?(?:deciding|not sure|unsure|undecided|figuring out)\s+(?:on\s+)?"
    r"(?:where|the venue|the location|the spot|which address|what address)\b"
)


def venue_checks(text: str, has_zip: bool) -> list[tuple[str, str]]:
    """The check of the normalized `text` when it gives a ZIP (`has_zip`) and says the party's
    place is not settled: the ZIP may not be the venue's. No ZIP: the quote asks for one anyway."""
    if not has_zip:
        return []
    found = _UNSETTLED.search(text)
    if not found:
        return []
    return [("zip", f"'{found.group(0)}': the party's place not settled, is the ZIP the venue's?")]
