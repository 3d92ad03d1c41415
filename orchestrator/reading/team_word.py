"""A youth team named by the word for its players, then counted as players (round q85l, 182 ft009):
"end of season party for our 10U softball girls 🥎 11 players (all 9-10) + 2 coaches + 9 parents.
chicken for the girls, the adults want ny strip and shrimp". The team's word ("girls", "boys")
named again is the players counted, no group more. A word the team is not named by ("our 10U
boys baseball team ... chicken for the girls") is still asked."""

from __future__ import annotations

import re

_SPORT = (
    r"softball|baseball|t-?ball|soccer|volleyball|basketball|hoops|lacrosse|water polo|swim|hockey|"
    r"football|flag football|cheer|dance|track|tennis|golf|wrestling|gymnastics|rugby|futsal"
)
_CLASS = r"\d{1,2}u|u\d{1,2}|varsity|jv|travel|rec|club|youth|little league|middle school|high school"
# "our 10U softball girls", "the 8U baseball boys", "our 10U girls hoops team", "our girls soccer
# team": a class or a sport beside the word, or the word before "team"
_TEAM = re.compile(
    rf"\b(?:our|my|the)\s+(?:(?:{_CLASS})\s+)*"
    rf"(?:(?:(?:{_SPORT})\s+)+(girls|boys)\b|(girls|boys)\s+(?:(?:{_SPORT})\s+)*(?:team|squad)\b"
    rf"|(?<=u\s)(girls|boys)\s+(?:{_SPORT})\b)"
)
_PLAYERS = re.compile(r"\b\d{1,3}\s+(?:players|athletes|kids|swimmers|gymnasts)\b")


def team_word_again(text: str, start: int, end: int) -> bool:
    """Whether the group word at `start`-`end` of normalized `text` ("the girls") is the word a
    team the message names is named by, with its players counted and no count of the word itself
    ("5 girls"): the players again."""
    word = text[start:end]
    if word not in ("girls", "boys") or not _PLAYERS.search(text):
        return False
    if re.search(rf"\b\d{{1,3}}\s+(?:[a-z]+\s+)?{word}\b", text):
        return False  # "11 players + 5 girls from the other team": a group counted of its own
    return any(word in m.groups() for m in _TEAM.finditer(text))
