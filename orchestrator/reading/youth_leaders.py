"""The leaders of a youth group counted beside its young members, written as adults: "12 scouts
(all 13-17), 6 leaders and 10 parents", "14 cubs (all 7-10), 5 den leaders and 12 parents",
"9 teens and 3 leaders", "9 girls (all 7-8), 2 leaders and 4 moms", "18 students (all 11-12) and
3 teachers". Who leads scouts, cubs or teens is a grown-up (or, in a teens' group, at least as old
as the teens, a paying adult either way), so "6 leaders" there are "6 adult leaders", which the
shorthand reader counts as adults; the teachers, chaperones and coaches counted beside young
members told with kids' ages, under 13 ("18 students (all 11-12) and 3 teachers", "11 players (all 9-10)
and 2 coaches") are grown-ups too (round q65e). "Leaders" without such a group beside them ("8
student leaders", "the youth leaders") stay as they are: they may be kids, and the net asks; so do
the roles beside members with no ages ("25 students + 3 teachers": the students' count is read
as the party's there, and a careful person asks). Takes lower-case text with number words
written as digits."""

from __future__ import annotations

import re

# the young members counted: "12 scouts", "14 cubs", "9 teens", "10 cub scouts"; a den's cub
# scouts by their rank with their ages ("7 wolves (all 7-8)", "6 tigers (all 6-7)": q86i, fz078)
_YOUTH = re.compile(
    r"\b\d{1,3} (?:cub |boy |girl )?(?:scouts|cubs|cub scouts|webelos|teens|teenagers)\b"
    r"|\b\d{1,3} (?:lions|tigers|wolves|bears)\s*\(\s*(?:all\s+|ages?\s+)\d"
)
# young members counted with their ages, all kids' ages (under 13): "9 girls (all 7-8)", "18
# students (all 11-12)", "12 kids ages 6-9", "10 players (all 10)"; with teens ("14 players (all
# 13-14) plus 3 coaches") the whole list is adults already, its words kept for the readers
# ("3 extra lobster tails for the coaches")
_AGED_YOUTH = re.compile(
    r"\b\d{1,3} (?:girls|boys|kids|children|students|players|campers|scouts|dancers|"
    # ("25 kids(6-12)": a band in brackets, as `grade_ages` writes a class counted by its grade)
    r"cheerleaders|swimmers|gymnasts|members)\s*(?:\(\s*(?:all\s+|ages?\s+|aged\s+)?|(?:all\s+|ages?\s+|aged\s+))"
    r"(\d{1,2})(?:\s*(?:-|to|–)\s*(\d{1,2}))?\s*(?:yrs?|years? old)?\s*\)?"
)
# "6 leaders", "5 den leaders", "3 troop leaders": the leaders' count and an office word
# ("1 den leader", "1 cubmaster": one of them, round q86o)
_LEADERS = re.compile(
    r"\b(\d{1,3}) (?:den |troop |pack |scout |patrol )?(?:leaders|(?<=\b1 )leader|(?<=\b1 den )leader"
    r"|(?<=\b1 troop )leader|(?<=\b1 pack )leader|cubmasters|(?<=\b1 )cubmaster|scoutmasters"
    r"|(?<=\b1 )scoutmaster)\b"
)
# the grown roles beside young members counted with their ages: "3 teachers", "2 chaperones"
# (the writers among the teachers: "2 aides and the 2 of us teachers"; "3 of us coaches" is read
# as adults already, coaches being a grown role wherever they are)
_GROWN_ROLES = re.compile(
    r"\b(\d{1,3}) (teachers|chaperones|coaches)\b|\b(?:the )?(\d{1,3}) of us (teachers)\b"
)


# a den's cubs by their rank with no ages, in a message naming the den or the pack ("lions den
# dinner, 5 lions, 5 parents and 1 leader": round q86o)
_RANKS = re.compile(r"\b\d{1,2} (?:lions|tigers|wolves|bears|webelos)\b")
_DEN = re.compile(r"\b(?:den|pack|cub scouts?|cubs)\b")


def _den_ranks(text: str) -> bool:
    """Whether the text counts a den's cubs by their rank and names the den or the pack."""
    return _RANKS.search(text) is not None and _DEN.search(text) is not None


def _aged_youth(text: str) -> bool:
    """Whether the text counts young members with ages all under 13 ("9 girls (all 7-8)")."""
    for m in _AGED_YOUTH.finditer(text):
        top = int(m.group(2) or m.group(1))
        if int(m.group(1)) <= top < 13:
            return True
    return False


def _adult_leaders(m: re.Match[str]) -> str:
    """ "5 den leaders", "1 den leader" as "5 adult leaders", "1 adult leader"."""
    return f"{m.group(1)} adult leader{'' if m.group(1) == '1' else 's'}"


def _adult_role(m: re.Match[str]) -> str:
    """ "3 teachers", "the 2 of us teachers" as "3 adult teachers", "2 adult teachers"."""
    return f"{m.group(1) or m.group(3)} adult {m.group(2) or m.group(4)}"


def leaders_as_adults(text: str) -> str:
    """`text` with the counted leaders of a youth group it also counts written "N adult
    leaders", and the counted teachers, chaperones or coaches of young members counted with
    their ages written "N adult teachers"."""
    if not any(w in text for w in ("leader", "master", "teachers", "chaperones", "coaches")):
        return text
    aged = _aged_youth(text)
    if ("leader" in text or "master" in text) and (aged or _YOUTH.search(text) or _den_ranks(text)):
        text = _LEADERS.sub(_adult_leaders, text)
    if aged:
        text = _GROWN_ROLES.sub(_adult_role, text)
    return text
