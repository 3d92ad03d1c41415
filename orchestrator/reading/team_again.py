"""A team of grown players named again by "the boys" or "the girls": "me and 2 other coaches, 16
players (all 13-14) and 9 parents ... plus the longer show for the boys". The players told with
ages of 13 and over are adults to the price, and "the boys" after them are those players, no one
new: the words are written "the players", which names the counted team again. Only when the
players are the one young group the message counts (no kids, siblings, sons or daughters beside
them): else "the boys" may be others and the net asks. A protein given to them ("chicken for the
boys") is still a choice for one group, which the checks ask about.

And a team's new count after kids drop out ("2 of the girls cant make it anymore so its 12
players now", "2 of the dancers cant make it so 10 dancers now", the dancers leaving then written
"of the kids"): the players are the kids the order counts, written "12 kids now", which the
recount applies only when the order's kids less those leaving are that count (else asked).
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# "16 players (all 13-14)", "12 players, all 15 and 16": grown players, by their ages
_GROWN_TEAM = re.compile(
    r"\b\d{1,3} (players|athletes|swimmers|scouts)\s*[,(:-]?\s*all(?:\s+ages?)?\s+(1[3-9])"
    r"(?:\s*(?:-|to|and|&)\s*(1[3-9]))?\b"
)
# other young people the message may count, whom "the boys" could be
_OTHER_YOUNG = re.compile(
    r"\b(?:kids?|children|child|siblings|sons?|daughters?|brothers|sisters|toddlers?|babies"
    r"|teens|nephews|nieces|grandkids|cousins|girls|boys)\b"
)
# the team's own name by the same word: "our 14U boys", "varsity girls", "the boys team"
_TEAM_NAME = re.compile(
    r"\b(?:\d{1,2}u|u\d{1,2}|varsity|jv|freshman)\s+(boys|girls)\b|\b(boys|girls)'?\s+(?:[a-z]+\s+)?team\b"
)
# the team's kids counted by their ages, already written as kids ("11 kids all ages 11-12)")
_KID_TEAM = re.compile(r"\b\d{1,3} kids\b(?=\s*[,(:-]?\s*all\b)")


def team_named_again(text: str) -> str:
    """`text` with "the boys"/"the girls" written "the players" when the one young group it
    counts is a team of players aged 13 and over; or "the kids" when it is a team of kids told
    by their ages and named by that word ("our 12U girls 11 players (all 11-12) ... the longer
    show for the girls"). The team's name by the same word ("our 14U boys") is no other group."""
    if "the boys" not in text and "the girls" not in text:
        return text
    named = {a or b for a, b in _TEAM_NAME.findall(text)}
    again = set(re.findall(r"\bthe (boys|girls)\b", text))
    rest = re.sub(r"\bthe (?:boys|girls)\b", "", text)
    if named and again <= named:
        rest = _TEAM_NAME.sub("", rest)  # "14u boys ... the boys": the team's name and the team
    teams = _GROWN_TEAM.findall(text)
    if len(teams) == 1:
        word = teams[0][0]
        if _OTHER_YOUNG.search(rest) or len(re.findall(rf"\b\d{{1,3}} {word}\b", text)) != 1:
            return text
        return re.sub(r"\bthe (?:boys|girls)\b", f"the {word}", text)
    kids = _KID_TEAM.findall(text)
    if teams or len(kids) != 1 or not again <= named or _OTHER_YOUNG.search(_KID_TEAM.sub("", rest)):
        return text
    return re.sub(r"\bthe (?:boys|girls)\b", "the kids", text)


# "2 of the girls cant make it", "3 of the boys can't come": kids of the team dropping out
# ("2 girls dropped so 12 players now", "2 of the boys quit": who left, counted or of the team)
_DROPOUT = re.compile(
    r"\bof the (?:girls|boys|kids|players|scouts|cubs|dancers|swimmers|gymnasts|athletes)\b[^.!?]{0,30}?"
    r"\b(?:cant|can't|cannot|can not|won't|wont|not|aren't|arent|out sick)\b"
    r"|\b\d{1,2} (?:of the )?(?:girls|boys|kids|players|scouts|cubs|dancers|swimmers|gymnasts|athletes)"
    r"\s+(?:(?:just|have|had|also|unfortunately)\s+)?(?:dropped(?: out)?|quit|backed out|bailed)\b"
)
# "so its 12 players now", "so it's 11 players", "down to 12 players": the team's count after them
_TEAM_NOW = re.compile(
    r"\b(?P<lead>(?:it's|its|it is|down to|now)\s+)?(?P<count>\d{1,3}) "
    r"(?:players|scouts|cubs|swimmers|dancers|athletes)\b(?P<now>\s+now\b)?"
)


def _as_kids(m: re.Match[str]) -> str:
    if not (m.group("lead") or m.group("now")):
        return m.group(0)
    return f"{m.group('lead') or ''}{m.group('count')} kids{m.group('now') or ''}"


def team_left(text: str) -> str:
    """`text` with the team's count "now" after its kids drop out written as kids."""
    if not _DROPOUT.search(text):
        return text
    now = _TEAM_NOW.sub(_as_kids, text)
    if now == text:
        return text
    # "2 of the dancers cant make it so 10 dancers now": the dancers leaving are of those kids
    # ("2 players dropped so 12 players now": the players leaving counted, of those kids too)
    return re.sub(r"\b(of the|\d{1,2}) (?:dancers|swimmers|gymnasts|athletes|players|scouts|cubs)\b"
                  r"(?=\s+(?:(?:just|have|had|also|unfortunately)\s+)?(?:dropped|quit|backed|bailed|"
                  r"can|cant|can't|won't|wont|not|aren't|arent|are|is|out)\b)",
                  r"\1 kids", now)  # fmt: skip
