"""Places a careful reader notices (split from `checks` by size): a city of the party's state
named without a ZIP, cities and parts of town written beside a ZIP (a place, no item of the
order), the ZIP codes of a message (the one that is the party's: `party_zip`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from orchestrator import zip_table
from orchestrator.reading.benign import STREET

# Regions customers name as the place of a party ("a cabin up in tahoe"): no city of the ZIP table,
# and too wide for one travel fee, so asked as a city without its ZIP is
_REGIONS = {"CA": {"tahoe", "lake tahoe", "bay area", "napa valley", "wine country", "the foothills"}}
# Neighbourhoods customers name as a town that the ZIP table files under another city ("Arden
# 95864", Arden-Arcade in Sacramento): a place beside its ZIP, and a place to ask the ZIP of alone
_QUARTERS = {"CA": {"arden", "arden arcade", "arden-arcade", "natomas", "greenhaven", "rosemont"}}


def town_names(state: str) -> set[str]:
    """The lowercase names of `state`'s towns a customer names as the party's place: each ZIP's
    city and the other names its place goes by ("cameron park" of Shingle Springs' 95682: a town
    the post office files under another is named as often as the city), the regions and the
    neighbourhoods above."""
    rows = zip_table.in_state(state)
    others = {name for row in rows if row.zip_code_type == "STANDARD" for name in row.acceptable_cities}
    return set(_main_towns(state)) | {town.lower() for town in others if len(town) >= 4}


@lru_cache(maxsize=4)
def _main_towns(state: str) -> frozenset[str]:
    """The cities of `state`'s ZIPs (4 letters or more), its regions and its neighbourhoods: the
    names read as a place wherever a place would be written (not a place's other names)."""
    names = {row.city.lower() for row in zip_table.in_state(state) if len(row.city) >= 4}
    return frozenset(names | _REGIONS.get(state.upper(), set()) | _QUARTERS.get(state.upper(), set()))


def _city_names(state: str) -> str:
    return longest_first(town_names(state))


def longest_first(words: set[str]) -> str:
    """A regex alternation of `words` that matches as listing them longest first does (where
    several match at one place, the longest that lets the rest of the pattern match wins),
    written as a trie: the engine follows the text one character at a time instead of trying
    each of California's 1,239 city names in turn (0.62 M instructions a message, most of the
    check for a place beside a ZIP)."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict[str, dict[str, Any]]) -> str:
        # At most one branch can follow the text (each starts with its own character); a word
        # ending here is tried after the longer ones going on (a greedy optional group).
        branches = [re.escape(char) + alternation(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return alternation(root)


@lru_cache(maxsize=4)
def _city_pattern(state: str) -> re.Pattern[str]:
    alternatives = _city_names(state)
    return re.compile(
        # ("estamos en plymouth", "cerca de folsom": the same in Spanish)
        # ("nice, whats that per head?", "cool. add 2 more adults": a reply's courtesy opening it,
        # not the towns of Nice and Cool)
        rf"(?:\b(?:in|at|near|to|from|out to|out in|around|as far as|en|cerca de)\s+"
        r"|^\s*(?!(?:nice|cool)\s*[,.!]))"
        rf"({alternatives})\b"
        # "is placerville too far for yall", "Sacramento near Land Park"
        rf"|\b({alternatives})(?=\s+(?:is\s+)?too far\b|,?\s+(?:near|close to|off of|off)\s)"
        # a city that makes a sentence or a line of its own, or opens one before a comma:
        # "Sacramento, near Land Park.", "NY strip + shrimp\nElk Grove"
        # ("free? nice. then add 3 lobster tails": a courtesy again, not Nice)
        rf"|(?<=[.!?\n])[ \t]*(?!(?:nice|cool)\s*[,.!])({alternatives})(?=[ \t]*(?:[,.!;:()\n]|\Z))"
        rf"|\bthe\s+({alternatives})\s+area\b"  # "we're in the folsom area"
        # "15 adults, chicken and ny strip, Folsom": a city closing the message or its line
        rf"|,[ \t]*({alternatives})(?=[ \t]*[.!]?[ \t]*(?:\n|\Z))"
        rf"|{_QUARTER_ALONE}"
        # a venue that carries its town's name ("The Carmichael Senior Center would like ...")
        rf"|\b({alternatives})(?=\s+{_VENUE}\b)"
        # the town of a street address ("party at 13605 greenhorn rd, grass valley")
        rf"|{STREET_ADDRESS},?\s+({alternatives})\b"
    )


# A street address: its number, one to four words and the street's kind ("13605 greenhorn rd")
STREET_ADDRESS = rf"\b\d{{1,6}}\s+(?:[a-z0-9.'-]+\s+){{1,4}}{STREET}\b\.?"


_VENUE = (
    r"(?:(?:senior|community|rec|recreation|civic|sports|aquatic|youth|veterans?|teen)\s+"
    r"(?:center|centre|complex|hall|club)|library|high school|middle school|elementary|city hall"
    r"|country club|golf (?:club|course)|regional park|community park|fire station|grange|ymca"
    r"|clubhouse|marina)"
)


# A neighbourhood by its shape (below) where a place would be, with no ZIP: "near land park",
# "in east sac", "Midtown rooftop party", "on our midtown rooftop"; not "at the park" or "a state
# park", which name no part of town
_GENERIC = (
    r"the|a|an|our|my|your|their|his|her|this|that|one|some|any|water|theme|dog|state|ball|skate"
    r"|trailer|rv|car|amusement|national|regional|community|city|county|local|nearby|public"
)
_PART_OF_TOWN = r"(?:north|south|east|west)\s+[a-z]+|downtown|midtown|uptown"
# "near land park" after a word of place only: at the start of a line "Linda Park" is a name signed
_QUARTER_ALONE = (
    rf"\b(?:in|at|near|around|by|out in)\s+(?!(?:{_GENERIC})\s)({_PART_OF_TOWN}"
    r"|[a-z]+\s+(?:park|heights|hills|oaks|village|estates|ranch|meadows|acres|greens|terrace))\b"
    rf"|(?:^|(?<=[.!?\n]))[ \t]*({_PART_OF_TOWN})\b"
    # "office party on our midtown rooftop", "at my downtown loft": the part of town of a place
    rf"|\b(?:in|at|on|near|by)\s+(?:our|my|the|their|his|her)\s+({_PART_OF_TOWN})\b"
)

# "coming from fresno", "flying in from texas", "driving up from LA": where guests travel from,
# not where the party is
_KIN_FROM = (
    r"(?:aunts?|uncles?|tias?|tios?|titas?|titos?|cousins?|husband|wife|grandparents|grandma|"
    r"grandpa|in-?laws|parents|brothers?|sisters?|mom|dad)"
)
_COMING_FROM = re.compile(
    r"\b(?:coming|come|comes|flying|fly|flies|flown|driving|drive|drives|traveling|travelling|"
    r"visiting|arriving|making the trip|road tripping)(?:\s+(?:in|up|down|over|out|all the way))*"
    r"\s+from\s+\Z"
    # "my tia from stockton and her husband", "3 more adults, my titas from vallejo": a relative's
    # home town, said right after the relative
    # ("my tita and tito from vallejo": a pair of them)
    rf"|\b(?:my|our|his|her|their)\s+{_KIN_FROM}(?:\s+(?:and|&|\+|n)\s+(?:my\s+)?{_KIN_FROM})?"
    r"\s+from\s+\Z"
)
# A name signed under a sign-off ("Thanks,\nTracy"): a person, though the ZIP table has a town of
# that name
_SIGN_OFF = re.compile(
    r"(?:thanks|thank you|thx|ty|best|regards|cheers|sincerely|xo+|love|warmly)\W*\n[ \t]*\Z"
)


def city_without_zip(text: str, state: str) -> str | None:
    """A city of `state` (or a part of town) named where a place would be, when the text has no
    ZIP (not where guests travel from, nor a name signed under a sign-off)."""
    towns = towns_named(text, state)
    return towns[0][0] if towns else None


def towns_named(text: str, state: str) -> list[tuple[str, int]]:
    """Each city of `state` (or part of town) `text` names where a place would be, with where it
    starts (not where guests travel from, nor a name signed under a sign-off)."""
    found: list[tuple[str, int]] = []
    for m in _city_pattern(state).finditer(text):
        if m.group(1) and _COMING_FROM.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue
        if m.group(3) and _SIGN_OFF.search(text, max(0, m.start(3) - 40), m.start(3)):
            continue
        name = next(g for g in m.groups() if g)
        if name in _main_towns(state) or _in_place_words(text, m):
            found.append((name, m.start()))
    return found


# The groups of the city pattern whose words say a place ("too far", "the ... area", a part of
# town by its shape, a venue, a street address); a name opening a line or closing one is a place
# only as a city's name
_PLACE_GROUPS = (2, 4, 6, 7, 8, 9, 10)
_STATE_AFTER = re.compile(r"\s*,?\s*(?:ca|calif|california)\b")


def _in_place_words(text: str, m: re.Match[str]) -> bool:
    """Whether a town's other name (a place the post office files under another city's name,
    "kelsey", "ruth", "linda") is written where only a place would be: after "in", "at", "near"
    ..., after a street address, before ", CA". Alone on a line it is a name signed ("Thank
    you!\n\nKelsey"), which the other names of a place must not turn into a town."""
    if any(m.group(g) for g in _PLACE_GROUPS):
        return True
    if m.group(1) and text[m.start() : m.start(1)].strip():  # "in kelsey", not a line's start
        return True
    named = next(g for g in _GROUPS if m.group(g))
    return bool(_STATE_AFTER.match(text, m.end(named)))


_GROUPS = range(1, 11)  # the city pattern's groups: each a place named


def places_with_zip(text: str, state: str) -> list[tuple[int, int]]:
    """Cities of `state` and neighbourhoods written beside a ZIP ("filet + shrimp, Elk Grove
    95758", "chicken and salmon, East Sac 95819") or where a place would be ("Sacramento near
    Land Park", with its ZIP in a later message): a place, not an item of the order."""
    named = [m.span(g) for m in _city_pattern(state).finditer(text) for g in _GROUPS if m.group(g)]
    places = [m.span() for m in _place_pattern(state).finditer(text)] + _initials(text) + named
    return places + _zip_towns(text)


def _zip_towns(text: str) -> list[tuple[int, int]]:
    """The town of a ZIP the message gives, named anywhere in it, of any state ("do u do reno?
    89501"): the place asked about, no food asked of the chef."""
    rows = [zip_table.matching(code) for code, _ in zip_codes(text)]
    towns = {name.lower() for row in rows if row for name in (row.city, *row.acceptable_cities)}
    return [m.span() for town in towns for m in re.finditer(rf"\b{re.escape(town)}\b", text)]


# A city by its initials just before its own ZIP ("EDH 95762" is El Dorado Hills, "WS 95691" West
# Sacramento): a place abbreviation, no item of the order.
_INITIALS = re.compile(r"\b([a-z]{2,4})(?=\s*,?\s*(?:ca\s*,?\s*)?(\d{5})\b)")


def _initials(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _INITIALS.finditer(text):
        row = zip_table.matching(m.group(2))
        words = re.findall(r"[a-z]+", row.city.lower()) if row else []
        if len(words) >= 2 and "".join(w[0] for w in words) == m.group(1):
            spans.append(m.span(1))
    return spans


# A neighbourhood by its shape, which no city list has: a direction and one word ("east sac",
# "south natomas"), a part of town ("midtown") or one word and a place noun ("land park"). One
# word only, so "east coast oysters" stays a dish the doubts ask about.
_NEIGHBOURHOOD = (
    r"(?:north|south|east|west)\s+[a-z]+|downtown|midtown|uptown"
    r"|[a-z]+\s+(?:park|heights|hills|oaks|village|estates|ranch|meadows|acres|greens|terrace)"
    r"|rancho\s+[a-z]+"  # "Rancho Murieta 95683": a ranch's community, its ZIP a town's
)


@lru_cache(maxsize=4)
def _place_pattern(state: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_NEIGHBOURHOOD}|{_city_names(state)})\b"
        # "Sacramento near Land Park 95818": the city before the part of town and its ZIP
        rf"(?=(?:\s*,?\s*(?:near|by|in|off|around)\s+(?:{_NEIGHBOURHOOD}))?"
        rf"\s*,?\s*(?:ca\s*,?\s*)?\d{{5}}\b)"
    )


# Five digits, no street number before its street ("10235 Alta Sierra Dr, Grass Valley 95945")
_ZIP = re.compile(rf"(?<![\d$./])(?<!\d,)(\d{{5}})(?!\d|,\d)(?!\s+(?:[a-z]+\s+){{1,3}}{STREET}\b)")


# Five digits labelled as another number ("our PO number (95834)", "invoice #40211", "gate code
# 95123", "suite 10250"): no ZIP, whatever its digits. A label that is no word of ordinary speech
# labels the number after it alone; an ordinary word ("order", "lot", "room", "phone") only with
# a mark of a number after it ("order # 95821", "lot no. 10482", "job id: 40211"): "these boys eat
# a lot 😂 95747" gives its ZIP, and "davis apt 95616" is an apartment in Davis and its ZIP
_LABEL_ALONE = (
    r"p\.?\s?o\.?|purchase order|invoice|inv|acct|(?:gate|door|access) code|suite|ste|"
    r"requisition|req|tracking|ext|extension|house number|street number|tax id|ein"
)
_LABEL_WORD = (
    r"order|account|room|ref|reference|confirmation|conf|ticket|case|member|employee|badge|job|"
    r"project|lot|phone|unit|apt|apartment"
)
_NUMBER_MARK = r"(?:number|num|no\.?|#|id)\s*(?:is|was|=)?\s*[:#(-]?|(?:is|was|=)\s*[:#(-]?|[:#]"
_LABELLED = re.compile(
    rf"\b(?:(?:{_LABEL_ALONE})\s*(?:number|num|no\.?|#|id)?\s*(?:is|was|=)?\s*[:#(-]?"
    rf"|(?:{_LABEL_WORD})\s*(?:{_NUMBER_MARK}))\s*\Z"
)


def zip_codes(text: str) -> list[tuple[str, tuple[int, int]]]:
    """5-digit ZIP codes (ZIP+4 already cut) with their spans; not a number labelled as another."""
    return [(m.group(1), m.span()) for m in _ZIP.finditer(text) if not _labelled(text, m.start())]


def labelled_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of 5-digit numbers labelled as another number ("PO 95834"): no ZIP and no count
    of the order."""
    return [m.span() for m in _ZIP.finditer(text) if _labelled(text, m.start())]


def _labelled(text: str, start: int) -> bool:
    return bool(_LABELLED.search(text, max(0, start - 30), start))


def zip_like(text: str, number: str) -> bool:
    """An unplaced number that a ZIP given later corrects: 4 to 6 digits after "zip", or 4 digits
    starting with 9 ("9581" for 95818)."""
    if not 4 <= len(number) <= 6:
        return False
    return bool(re.search(rf"\bzip(?:\s*code)?\W{{0,6}}{number}\b", text)) or (
        len(number) == 4 and number.startswith("9")
    )
