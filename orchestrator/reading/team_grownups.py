"""The grown-ups listed after a counted team, class or troop, some by a count and some as the one
holder of a role, or by a role the guest reader does not count ("+ 4 teachers"): "13 players
(all 14-16), 2 coaches and the team mom" is 3 adults beside the players, "20 confirmation
students (all 14-16), 4 catechists, Father Tom and 2 parent volunteers" 7, "14 players + the
coach + the team mom + 5 parents" 7. A role said with "the" or "our" ("the team mom", "our choir
director", "the band director") or a title with a name ("Father Tom", "Coach Mike") is one
person, an adult by role (round q85e, set 183 fu004, fu010, fu035).

The run is rewritten as one count of adults ("3 adults", padded to the same length so every span
read before holds) for the guest reader, only when every item of it is a grown-up counted or one
such person and the run closes the sentence: "2 coaches and their parents", "the coach and his
wife", "2 coaches + some parents" are left as written, for the readers and the net to ask; so
are counts the guest reader reads by their own words ("2 coaches and 6 parents")."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# the counted kids or teens of the team, a word or two before their noun ("14 drumline kids")
_TEAM = (
    r"\b\d{1,3}\s+(?!more\b)(?:[a-z-]+\s+){0,2}?(?:players|students|kids|swimmers|scouts|cubs|girls|boys|"
    r"campers|dancers|athletes|gymnasts|graders|year olds|yr olds|singers|debaters|wrestlers|"
    r"cheerleaders|candidates|runners|skaters|members|seniors|juniors|teens|musicians|cadets)\b"
)
# grown-ups by role, counted: "2 coaches", "4 band parents", "3 parent volunteers"
_PLURAL = (
    r"(?:assistant\s+|head\s+|band\s+|choir\s+|team\s+|room\s+|adult\s+|den\s+|troop\s+|youth\s+)?"
    r"(?:coaches|parents|parent volunteers|parent leaders|parent chaperones|chaperones|teachers|"
    r"catechists|adult leaders|leaders|dads|moms|mentors|instructors|adult volunteers|adults|"
    r"directors|trainers)"
)
# ("1 more adult": "Father Tom" as the normalizing writes him)
_COUNTED = rf"\d{{1,2}}\s+(?:more\s+adults?|{_PLURAL})|1\s+adult\b"
# one person: "the team mom", "our choir director", "the head coach", "father tom"
_ROLE = (
    r"(?:head\s+coach|assistant\s+coach|coach|team\s+mom|team\s+dad|team\s+manager|manager|"
    r"athletic\s+trainer|trainer|band\s+director|choir\s+director|director|teacher|principal|"
    r"scoutmaster|accompanist|studio\s+owner|owner|den\s+leader|troop\s+leader|youth\s+pastor|"
    r"pastor|priest|chaplain)"
)
_ONE = rf"(?:(?:the|our)\s+{_ROLE}|(?:father|fr\.?|pastor|deacon|coach)\s+[a-z]+)"
_ITEM = rf"(?:{_COUNTED}|{_ONE})"
_JOIN = r"(?:\s*,\s*(?:and\s+|&\s+|\+\s*)?|\s+(?:and|&|plus)\s+|\s*\+\s*)"
# the team, then the run of grown-ups after it in the same sentence, closing it
_RUN = gated(re.compile(
    rf"(?P<team>{_TEAM}[^.;!?\n]*?){_JOIN}(?P<run>{_ITEM}(?:{_JOIN}{_ITEM})*)(?=\s*(?:[.;!?\n]|$))"
))  # fmt: skip
_ONE_RE = re.compile(_ONE)
# grown-ups the guest reader counts after a team by their own word: "2 coaches and 6 parents"
_READ = re.compile(
    rf"\d{{1,2}}\s+(?:coaches|parents|adults?|chaperones|dads|moms|more adults?)(?:{_JOIN}\d{{1,2}}"
    r"\s+(?:coaches|parents|adults?|chaperones|dads|moms|more adults?))*"
)
_NUMBER = re.compile(r"\b(\d{1,2})\s+[a-z]")
_ONE_ADULT = re.compile(r"\b1\s+adult\b")


def team_grownups(text: str) -> str:
    """Normalized `text` with the grown-ups listed after a counted team, one or more of them a
    single role holder, written as their number of adults (same length); else unchanged."""
    for m in reversed(list(_RUN.finditer(text))):
        run = m.group("run")
        ones = len(_ONE_RE.findall(run))
        # "2 coaches and 1 adult" (office_holders writes "the team mom" so, before this runs): the
        # guest reader takes the one adult for a correction of the two; folded here
        if not ones and _READ.fullmatch(run) and not _ONE_ADULT.search(run):
            continue  # counts the guest reader reads ("2 coaches and 6 parents"): left as written
        counted = sum(int(n) for n in _NUMBER.findall(_ONE_RE.sub(" ", run)))
        if not counted:
            # role holders alone after the team ("22 teens (all 13-17) plus Coach Rivera and Coach
            # Lee"): among them, or more? left for the readers to ask (the reading rules; q85x:
            # 144 eh082)
            continue
        said = f"{counted + ones} adults"
        if len(said) > len(run):
            continue
        text = text[: m.start("run")] + said.ljust(len(run)) + text[m.end("run") :]
    return text


# "5 room parents", "3 band parents", "6 parent leaders", "2 parent volunteers": parents by the
# part they take, grown-ups as parents are (set 183 fu010, fu022, fu030: round q85e)
_PARENTS_BY_PART = gated(re.compile(
    r"\b(?P<n>\d{1,2})\s+(?:(?:room|band|choir|team|class|booster|cheer|dance|swim|sports|den|troop)"
    r"\s+parents|parent\s+(?:volunteers|leaders|chaperones|helpers|coaches))\b"
))  # fmt: skip


def parents_by_part(text: str) -> str:
    """Normalized `text` with "5 room parents", "6 parent leaders" written "5 parents" (padded
    to the same length); else unchanged."""
    return _PARENTS_BY_PART.sub(lambda m: f"{m.group('n')} parents".ljust(len(m.group(0))), text)
