"""The leaders of a youth group counted beside its young members, written as adults: "12 scouts
(all 13-17), 6 leaders and 10 parents", "14 cubs (all 7-10), 5 den leaders and 12 parents",
"9 teens and 3 leaders". Who leads scouts, cubs or teens is a grown-up (or, in a teens' group, at
least as old as the teens, a paying adult either way), so "6 leaders" there are "6 adult leaders",
which the shorthand reader counts as adults. "Leaders" without such a group beside them ("8
student leaders", "the youth leaders") stay as they are: they may be kids, and the net asks.
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# the young members counted: "12 scouts", "14 cubs", "9 teens", "10 cub scouts"
_YOUTH = re.compile(
    r"\b\d{1,3} (?:cub |boy |girl )?(?:scouts|cubs|cub scouts|webelos|teens|teenagers)\b"
)
# "6 leaders", "5 den leaders", "3 troop leaders": the leaders' count and an office word
_LEADERS = re.compile(r"\b(\d{1,3}) (?:den |troop |pack |scout |patrol )?leaders\b")


def leaders_as_adults(text: str) -> str:
    """`text` with the counted leaders of a youth group it also counts written "N adult
    leaders"."""
    if "leaders" not in text or not _YOUTH.search(text):
        return text
    return _LEADERS.sub(r"\1 adult leaders", text)
