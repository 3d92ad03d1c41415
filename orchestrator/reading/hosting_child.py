"""The grown son or daughter who hosts the parents' party, counted among the grown children the
list names (round q85l, 182 ft004): "our son is hosting it at his home in Folsom. The party will
be my wife and I, our three grown children and their spouses, ..." names the son twice, once as
the host and once as one of the three. With no grown children in a count ("our son is hosting ...
It will be my wife and me and our five grandchildren") the host is not counted, and the check
asks whether they eat."""

from __future__ import annotations

import re

# The child as the subject of hosting, a first name between ("our son Mark is hosting"); a word
# of time may come between ("is kindly hosting", "will be hosting")
_HOSTS = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:is|'s|will|will be|has offered to|offered to|wants to|is going to)\s+"
    r"(?:(?:kindly|graciously|generously|also|even)\s+)?"
    r"(?:be\s+)?(?:hosting|host|throwing|throw|putting on|put on)\b"
)
_NUMBER = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|both)"
# The grown children counted in the list: "our three grown children", "our 2 adult kids", "our
# two sons and their wives", "both our daughters and their husbands"
_GROWN = r"(?:grown|adult|grown-up|grown up)\s+"
_PARTNERS = r"\s+(?:and|&|\+|with)\s+their\s+(?:spouses|wives|husbands|partners|significant others)"


def _counted_children(kind: str) -> re.Pattern[str]:
    """The grown children of the writer counted in a list, of `kind`'s words ("sons")."""
    return re.compile(
        rf"\b(?:(?:my|our)\s+{_NUMBER}|{_NUMBER}\s+of\s+our|both\s+(?:of\s+)?our|all\s+{_NUMBER}\s+of\s+our)"
        rf"\s+(?:{_GROWN}(?:{kind})\b|(?:{_GROWN})?(?:{kind}){_PARTNERS})"
    )


_SONS = _counted_children(r"children|kids|sons|boys")
_DAUGHTERS = _counted_children(r"children|kids|daughters|girls")
_CHILD = re.compile(r"(?:my|our)\s+(son|daughter)\Z")


def hosting_child(text: str, start: int, end: int) -> bool | None:
    """Whether the son or daughter at `start`-`end` of normalized `text` who hosts the party is
    one of the grown children the message counts (True) or is counted nowhere (False, asked);
    None when the relation is no child hosting."""
    child = _CHILD.match(text[start:end].strip())
    if child is None or not _HOSTS.match(text, end):
        return None
    counted = _SONS if child.group(1) == "son" else _DAUGHTERS
    return any(m.start() > end or m.end() < start for m in counted.finditer(text))

