"""Groups of no number joined to the party's count by a connector, which no reader counted:
"12 adults and the team chicken shrimp 95823", "me and 2 others + spouses chicken shrimp",
"12 adults y los primos ...", "12 adults at mga pinsan ko ...", and the same groups in Spanish or
Tagalog closing the order ("... 95823 kasama ang pamilya ni tita", "... y la familia de mi tia"),
or a party that is a group ("... and the bridal party"). The count is told, then "and" a group:
on top of it, how many, how old? Priced as the count alone, the total is a guess; a careful person
asks (round q79f).

Only a group right after a count of guests ("12 adults and the team") or after the order's last
detail, a protein or a ZIP, for the groups `trailing_people` does not know (Spanish and Tagalog
words, "the bridal party"); a connector must join it ("12 adults for the team" says whose party
it is; "12 adults with my family" may be the family itself). Not the writer's own household ("and
my family": the party), nor a group with a count after it in its clause ("and the team, 4 more"),
nor words a reader explained or a check quotes already."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.reasons import not_understood, quoted

Check = tuple[str, str]

_JOIN = r"(?:and|&|\+|plus|y|at|pati|kasama|also|and also|oh and)"
_EN_JOIN = r"(?:and|&|\+|plus|also|and also|oh and)"  # "12 adults at the neighbors" is a place
_DET = r"(?:(?:my|our|his|her|their|the|la|las|los|el|mi|mis|su|sus|yung|ang|mga|ang mga|yung mga)\s+)"
# English heads: the kinds of group `trailing_people` asks about after the order's details
_HEAD = (
    r"(?:(?:whole|entire)\s+)?(?:team|teammates|squad|gang|crew|band|staff|coworkers|co-workers|"
    r"colleagues|neighbors|neighbours|friends|buddies|relatives|cousins|in-?laws|spouses|wives|"
    r"husbands|partners|plus ones|plus-ones|significant others|bridal party|wedding party|groomsmen|"
    r"bridesmaids|families|"
    r"[a-z-]+(?:'s|s')\s+(?:family|fam|kids|crew|friends))"
)
# Spanish and Tagalog group words: family, cousins, uncles and aunts, friends, the gang
_FOREIGN = (
    r"(?:familia|familias|primos|primas|tios|tias|tíos|tías|amigos|amigas|compadres|comadres|"
    r"vecinos|suegros|cuñados|cunados|pamilya|pinsan|barkada|tropa|kamag-anak|kaibigan|"
    r"tito at tita|titos|titas)"
)
# the owner after a foreign head: "de mi tia", "ni tita", "ko", "namin"
_OWNER = (
    r"(?:\s+(?:de|del|ni|nina|ng)\s+(?:(?:mi|mis|su|la|el)\s+)?[a-z]+"
    r"|\s+(?:ko|namin|natin|niya|nila))?"
)
# "pamilya ni tita" normalized to "family ni tita": a family owned in Spanish or Tagalog words
_OWNED_FAMILY = r"(?:family|fam)\s+(?:de|del|ni|nina|ng)\s+(?:(?:mi|mis|su|la|el)\s+)?[a-z]+"
_GROUP = rf"{_DET}?(?:{_FOREIGN}{_OWNER}|{_OWNED_FAMILY})"
_AFTER_COUNT = re.compile(
    # (the count's ages in brackets may stand between: "2 kids (6 and 9), plus my sister's kids")
    rf"(?:\s*\([^()\n]{{0,40}}\))?\s*,?\s*(?:{_EN_JOIN}\s+(?P<words>{_DET}?{_HEAD})|{_JOIN}\s+(?P<foreign>{_GROUP}))\b"
)
_AFTER_ORDER = re.compile(
    rf"[\s,]*(?P<join>{_JOIN}|con)\s+"
    rf"(?P<words>{_DET}?(?:{_FOREIGN}{_OWNER}|{_OWNED_FAMILY}|bridal party|wedding party))\b"
    r"(?:\s+(?:too|also|as well|din|rin|tambien|también|lol|haha))*\s*(?:[.!?;\n]|\Z)"
)
_GUEST_COUNT = re.compile(r"(?<![\d$.])\d{1,3}\s*")
_OTHERS = re.compile(r"(?:others|other people|more|of us)\b")  # "me and 2 others + spouses"
_ZIP = re.compile(r"(?<!\d)\d{5}(?!\d)")
_COUNT = re.compile(r"(?<![\d$.])\d{1,3}(?![\d:])")
_STOP = re.compile(r"[.!?;\n]")
# what may follow a group joined to the count: the order's details, or the clause's end
_NEXT = re.compile(
    r"\s*(?:[,.!?;\n]|\Z|(?:too|also|as well|lol)\b|(?:and|&|\+|plus)\s+(?:my|our|his|her|their|the)\b)"
)  # (or another group joins: "my sister's kids and my brother's 2", round q83m)
# another group joined after the group: the clause's counts after it are that group's
_NEXT_GROUP = re.compile(r"\b(?:and|&|\+|plus)\s+(?:my|our|his|her|their|the)\b")
# the writer's own household: the party itself
_OWN = re.compile(
    r"(?:my|our|the|mi|la)\s+(?:(?:whole|entire)\s+)?(?:family|fam|familia|household|crew)"
)


def _guest_count_ends(text: str, guest: re.Pattern[str]) -> list[int]:
    """Where each count of guests ("12 adults", "2 others") ends."""
    ends = []
    for m in _GUEST_COUNT.finditer(text):
        word = guest.match(text, m.end()) or _OTHERS.match(text, m.end())
        if word:
            ends.append(word.end())
    return ends


def _order_follows(text: str, at: int, catalog_word: re.Pattern[str]) -> bool:
    """The clause ends at `at`, or the order's details follow ("and the team chicken shrimp")."""
    if _NEXT.match(text, at):
        return True
    nxt = len(text[at:]) - len(text[at:].lstrip())
    return bool(catalog_word.match(text, at + nxt) or _ZIP.match(text, at + nxt))


def _counted_in_clause(text: str, end: int) -> bool:
    """A count after the group in its clause ("and the team, 4 more"): a reader places it."""
    stop = _STOP.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    other = _NEXT_GROUP.search(clause)
    return bool(_COUNT.search(clause[: other.start() if other else len(clause)]))


def joined_groups(
    text: str, covered: Covered, catalog_word: re.Pattern[str], guest: re.Pattern[str],
    checks: list[Check],
) -> list[Check]:
    """A check for each group of no number joined to the count or closing the order in normalized
    `text`, outside `covered`; none when one of `checks` quotes its words already."""
    found: list[tuple[int, int]] = []
    for end in _guest_count_ends(text, guest):
        group = _AFTER_COUNT.match(text, end)
        if group and _order_follows(text, group.end(), catalog_word):
            found.append(group.span("words") if group.group("words") else group.span("foreign"))
    for detail in {m.end() for m in (*catalog_word.finditer(text), *_ZIP.finditer(text))}:
        group = _AFTER_ORDER.match(text, detail)
        if group and _guest_count_ends(text[: group.start()], guest):
            found.append(group.span("words"))
    out: list[Check] = []
    for start, end in sorted(set(found)):
        words = text[start:end]
        if _OWN.fullmatch(words) or (start, end) in covered or _counted_in_clause(text, end):
            continue
        if any(quoted(why) and (quoted(why) in words or words in quoted(why))
               for _, why in [*checks, *out]):
            continue
        out.append(("guests", not_understood(words, "a group of no number joined to the count")))
    return out
