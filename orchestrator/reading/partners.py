"""The writer's partner by a nickname ("hubs", "wifey", "the mrs", "my man", "bae", "my other
half", "the old man", "my date"), before the writer ("hubby, me and 3 couples") or after
("me + wifey + 5 couples"): one adult, as "my wife" is. And the hole beside it: a word in a list
that starts with the writer ("me, Jake and 4 couples", "me + X + 5 couples") that no reader counts
is flagged for the reviewer, never dropped from the party."""

from __future__ import annotations

import re

from orchestrator.reading.us_named import us_named

# The writer's partner by name, the one list every reader of partners uses (longer words first, so
# "wifey" is never read as "wife" and a stray "y")
PARTNER = (
    r"(?:wifey|wife|husband|hubby|partner|spouse|girlfriend|boyfriend|gf|bf|fianc(?:ee|e)?"
    r"|significant other)"
)
# Several people's partners, by the plural: "troop leaders + spouses", "the teachers + their husbands"
PARTNERS = r"(?:spouses|partners|wives|husbands|significant others)"
# A nickname or "the"-form of the partner: one adult beside the writer ("my lady", "my date" and
# "the old man" only with their article: "man" or "date" alone are other words)
NICKNAME = (
    r"(?:(?:(?:my|our)\s+)?(?:wifey|hubs|hubbie|bae|boo|babe)"
    r"|(?:the\s+)?(?:mrs|missus|wifey|hubs|hubbie|hubby|wife|husband|old\s+(?:man|lady)|ol\s+lady)"
    r"|my\s+(?:man|lady|date|other\s+half|better\s+half|significant\s+other|old\s+(?:man|lady)))"
)
# The partner named before the writer: "hubby, me and 3 couples", "my wife + me + ..."
PARTNER_HEAD = rf"(?:(?:(?:my|our)\s+)?{PARTNER}|{NICKNAME})"
# ("my husband is retiring ... it'll be him, me, our 3 kids": the one the text spoke of, by a
# pronoun right after "be", is one adult before the writer too)
PARTNER_BEFORE = re.compile(
    rf"(?:\b{PARTNER_HEAD}|(?<=\bbe )(?:him|her))\s*(?:,|&|\+|\band\b|\bn\b|\bplus\b)\s*\Z"
)

_SEP = r"\s*(?:,\s*(?:and\s+|plus\s+|&\s*|\+\s*)?|\s+(?:and|plus|n)\s+|[&+])\s*"
# "me, X and 6 couples", "me + X + 5 couples": one to three words between the writer and a count
_BETWEEN = re.compile(
    rf"\b(?:me|myself){_SEP}(?P<who>[a-z][a-z.']*(?:\s+[a-z][a-z.']*){{0,2}}?)"
    rf"{_SEP}(?:\d{{1,3}}|a\s+few|some|a\s+couple)\s+[a-z]"
)


def unread_in_list(text: str, item: re.Pattern[str]) -> list[str]:
    """The words between the writer and a count in the writer's list that `item` (the household's
    reading of one item of the list) does not read whole: who they are, and whether they are
    counted, is the reviewer's to check ("me, Jake and 4 couples": is Jake one more?)."""
    found = []
    crowds = us_named(text)  # "for me and my roommates, 12 of us": the count holds them (q84c)
    for m in _BETWEEN.finditer(text):
        if any(s <= m.start("who") and m.end("who") <= e for s, e in crowds):
            continue
        who = re.sub(r"\s+(?:lol|haha)\Z", "", m.group("who"))  # "me and my gf lol + 4 friends"
        if item.fullmatch(who) is None:
            found.append(f'"{who}" in the list with the writer: who is it, and counted?')
    return found
