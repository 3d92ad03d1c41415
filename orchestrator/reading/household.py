"""The party built from the writer: "me, my wife, our 3 kids (14, 11, 5) plus my parents and my
in-laws", "me and 11 friends", "me and 9 of my friends". Each item of the list is one person the
words count exactly (the writer, a partner, a parent), a pair (parents, in-laws, grandparents),
a number of friends or a number of kids (counted with the kids). A relation whose number the words
do not give ("his sister", "my cousins", "my son" of no stated age) ends the list; the coverage
check then asks about it."""

from __future__ import annotations

import re

from orchestrator.reading.phrases import FRIEND_WORDS, Company

_WRITER = r"(?:just\s+)?(?:me|myself)\b"
# Relations that are one adult: a partner, a parent, a grandparent ("my son" may be a child).
_ONE = (
    r"(?:wife|wifey|husband|hubby|partner|spouse|gf|bf|girlfriend|boyfriend|fianc(?:e|ee)|mom|mum|"
    r"mother|dad|father|grandma|grandpa|grandmother|grandfather|boss|best friend|bff|"
    r"significant other)"
)
_PAIR = r"(?:parents|in-?laws|grandparents|parents-in-law)"
_MINE = r"(?:my|our)\s+"
# "me, my husband and his parents": a partner's relation is counted like the writer's own
_KIN_OF = (
    r"(?:(?:my|our|his|her)\s+|(?:my|our)\s+(?:wife|husband|hubby|partner|bf|gf|boyfriend|girlfriend|"
    r"fianc(?:e|ee))'?s\s+)"
)
_ITEM = re.compile(
    rf"(?P<one>{_KIN_OF}{_ONE}\b(?!'))"
    rf"|(?P<pair>{_KIN_OF}{_PAIR}\b(?!'))"
    rf"|(?:{_MINE})?(?P<friends>\d{{1,3}})\s+(?:other\s+|more\s+|of\s+(?:my|our)\s+)?{FRIEND_WORDS}\b"
    r"|(?P<kids>(?:my\s+|our\s+|the\s+)?\d{1,2}\s+(?:kids|children|little ones|kiddos|boys|girls)\b"
    r"(?:\s*\([^)]*\))?"
    r"|(?:my|our|the)\s+(?:kids|children|boys|girls)\s*\(\s*\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+\s*\))"
    # "my little brother (9)", "our son (4)": a relation told with its age, counted by its age
    r"|(?P<aged>(?:my|our|his|her|the)\s+(?:(?:little|baby|big|youngest|oldest)\s+)?(?:son|daughter|"
    r"grandson|granddaughter|niece|nephew|baby|brother|sister|twins)\s*\(\s*\d{1,2}[^)]{0,12}\))"
)
_SEP = re.compile(
    r"(?:\s+(?:lol|haha)\b)?\s*(?:,\s*(?:and\s+|plus\s+|&\s*|\+\s*)?|\s+(?:and|plus|n|with)\s+|\s*[&+]\s*)"
    r"(?:(?:lol|haha)\W*\s*)?"
)


# Someone the list names without counting: a relation ("his sister"), or people of no number
# ("a few of her friends", "some coworkers")
_MORE = re.compile(
    r"(?:my|our|his|her|their|the)\s+[a-z]|\d{1,3}\s+[a-z]|(?:a\s+)?(?:few|some|several|bunch|lots?|many|"
    r"handful|others?|friends|family|relatives|cousins|kids|children|neighbou?rs|coworkers|people|guests)\b"
)


def writer_party(text: str, *, kids_said: bool) -> Company | None:
    """The adults of a list that starts with the writer ("me, my wife and our 2 kids"), or None
    when no such list of two items or more stands in the text. Friends are counted only when no
    kids are (friends of a child are children)."""
    for m in re.finditer(rf"\b{_WRITER}", text):
        adults, friends, at, items = 1, 0, m.end(), 1
        while sep := _SEP.match(text, at):
            item = _ITEM.match(text, sep.end())
            if item is None or (item.group("friends") and kids_said):
                if _MORE.match(text, sep.end()):
                    items = 0  # "me, my husband, his sister ...": someone the list does not count
                break
            adults += 1 if item.group("one") else 2 if item.group("pair") else 0
            friends += int(item.group("friends") or 0)
            at, items = item.end(), items + 1
        if items >= 2 and at > m.end():
            return Company(adults + friends, (m.start(), at), friends)
    return None
