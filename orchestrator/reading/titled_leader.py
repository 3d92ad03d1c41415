"""One leader by title and name after a count of a kids' or team group, written as the adult
they are (round q86d): "14 players (all 13-14) and Coach Mike", "20 kids (all 8) plus Mrs. Lee
our teacher", "16 dancers (all 9-11) + Miss Jen". The writer names one person, the group's
guest, apart from the group counted, whose members that person is not (a coach is no player, a
teacher no student): one more adult, as a clergy title with a name is (`clergy_added`: "22 teens
(all 13-17) and Pastor Dan" is 23).

Left as they were (asked by the readers after): two or more named ("22 teens (all 13-17) plus
Coach Rivera and Coach Lee": blind 144 eh082 asks), the role alone ("and the youth pastor",
"plus our coach": blind 69 bk055 and the reading rules ask, in the count or one more?), a count
of grown-ups or people before ("20 adults and Coach Mike": among them?), and a name followed by
more people ("and Coach Mike and his wife", "plus Mrs. Lee and some parents").
"""

from __future__ import annotations

import re

# titles of a group's leader before a name ("coach mike", "mrs. lee", "ms ortiz", "sensei ken")
_TITLE = r"(?:coach|mrs|mr|ms|miss|sensei)"
# words after such a title that are no name ("coach and 6 parents", "coach too", "mr and mrs")
_NO_NAME = (
    r"(?:in|and|or|of|the|a|an|to|for|is|was|will|who|s|too|also|plus|with|w|n|&|mrs|mr|ms|"
    r"wants|said|says|can|cant|can't|chicken|filet|shrimp|salmon|steak|lobster|tofu|scallops?|"
    r"ny|veg|vegetables|please|pls|zip|here|dad|mom|parents?|coaches|teachers?)"
)
# kids' and teams' groups a leader is not one of (a count of grown-ups or people may hold them)
_GROUP = (
    r"(?:kids|children|students|teens|teenagers|players|scouts|campers|girls|boys|swimmers"
    r"|dancers|gymnasts|athletes|cheerleaders|wrestlers|kiddos|cadets|singers|runners|skaters"
    r"|golfers|musicians|graders|youth)"
)
_JOIN = r"\s*,?\s*(?:plus|and|&|\+)\s*"
# the name's role said after it ("mrs. lee our teacher", "coach mike (our coach)")
_ROLE_AFTER = (
    r"(?:\s*[,(-]?\s*(?:our|the|their|my)\s+(?:[a-z]+\s+)?"
    r"(?:teacher|coach|instructor|director|leader|sensei|advisor|adviser)\)?)?"
)
_CLOSES = r"(?=\s*(?:[,.;!?\n]|$|too\b|also\b|as\s+well\b))(?![,;]?\s*(?:and|&|\+|plus)\b)"
_AFTER_GROUP = re.compile(
    rf"(?P<count>\b\d{{1,3}}\s+(?:[a-z]+\s+)?{_GROUP}(?:\s*\([^)]{{0,30}}\))?{_JOIN})"
    rf"(?P<who>{_TITLE}\.?\s+(?!{_NO_NAME}\b)[a-z]+{_ROLE_AFTER}){_CLOSES}"
)


def titled_leader(text: str) -> str:
    """Normalized `text` with one leader named by title after a count of a kids' or team group
    written as "1 more adult" ("14 players (all 13-14) and coach mike": "... and 1 more adult")."""
    if not re.search(rf"\b{_TITLE}\b", text):
        return text  # speed: every match names a title
    return _AFTER_GROUP.sub(lambda m: m.group("count") + "1 adult", text)
