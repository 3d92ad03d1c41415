"""A team's ages and its parents answered after the team was counted: "end of season dinner for our
softball team, 12 players and 2 coaches", the business asks how old the players are and whether
parents join, "players are all 11 and 12. and yes 6 parents". The players are the team counted
before, their ages told now, and the parents come on top of the coaches: both messages are
written with the team's ages beside its count ("12 players (all 11 and 12) and 2 coaches"), and
the answer as the whole party ("12 players (all 11 and 12), 2 coaches and 6 parents"), which the
readers know (8 adults, 12 kids).

Only when the answer says nothing else (its ages, its parents or "no parents"), every age told is
a kid's (6-12: "the players are 11 to 14" has grown players, asked), and the latest earlier
customer message counts one team and its coaches ("10 boys and 1 coach"), the business having
asked how old they are in between."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

_YOUNG = r"(?:players|boys|girls|kids|kiddos|athletes|swimmers|dancers|gymnasts|cheerleaders)"
# the team counted with its coaches: "12 players and 2 coaches", "10 boys + 1 coach"
_TEAM = re.compile(
    rf"\b(\d{{1,2}}) ({_YOUNG})\s*(?:and|\+|&|plus|,)\s*(\d{{1,2}}) (coach(?:es)?)\b", re.IGNORECASE
)
# the team counted with no ages beside it, in a list of its grown-ups: "12 players + 2 coaches"
_TEAM_ALONE = re.compile(
    rf"\b(\d{{1,2}}) ({_YOUNG})\b(?!\s*\()(?=\s*(?:and|\+|&|plus|,))", re.IGNORECASE
)
# the whole answer: "players are all 11 and 12. and yes 6 parents", "the boys are all 9 and 10.
# and yes 4 parents are coming", "they're all 10, no parents"
_ANSWER = re.compile(
    rf"^\W*(?:(?:the\s+)?(?P<who>{_YOUNG})\s+are|they\s*(?:'re|are)|theyre)\s+(?:all\s+)?"
    r"(?:(?:ages?|aged)\s+)?(?P<a>\d{1,2})(?:\s*(?:and|&|or|-|to)\s*(?P<b>\d{1,2}))?"
    r"(?:\s*(?:yrs?|years)(?:\s+old)?)?\s*[.,!;]*\s*(?:and\s+)?(?:(?:yes|yep|yeah|yea)\W+)?"
    r"(?:(?P<parents>\d{1,2})\s+parents(?:\s+(?:are\s+coming|will\s+come|coming|too|joining|will\s+join))?"
    r"|(?P<none>no\s+parents))?\s*[.!]*\s*$",
    re.IGNORECASE,
)

# the joiner right after the team's count: "14 players plus 6 parents"
_PLUS = re.compile(r"^\s*plus\s+", re.IGNORECASE)


def _asked_ages(turns: Sequence[Turn], start: int) -> bool:
    """Whether a business reply after turn `start` asked how old the team is."""
    return any(role == "business" and ("how old" in text.lower() or "ages" in text.lower())
               for role, text in turns[start + 1 :])  # fmt: skip


def _ages_alone(turns: Sequence[Turn], answer: re.Match[str]) -> list[Turn]:
    """The team's ages alone answered ("theyre all 10 and 11") right after the business asked how
    old the team the latest customer message counted is ("How old are the 12 players?"): that
    message written with the ages beside the team's count ("12 players (all 10 and 11) + 2
    coaches + 8 parents"), and the answer as that message again, its parents and food kept
    (round q85o). Only when that message counts one team with no ages beside it, and the business
    asked nothing of parents (an answer leaving that question open stays as it was)."""
    asked = turns[-2][1].lower() if turns[-2][0] == "business" else ""
    if not re.search(r"\ball\b|-|\bto\b", answer.group(0), re.IGNORECASE):
        return list(turns)  # "kids are 7 and 9" of 3 kids: whose ages? asked
    if "how old" not in asked or "parent" in asked or turns[-3][0] != "customer":
        return list(turns)
    earlier = turns[-3][1]
    found = list(_TEAM_ALONE.finditer(earlier))
    who = (answer.group("who") or "").lower()
    if len(found) != 1 or found[0].group(2).lower() not in asked:
        return list(turns)
    if who and who not in ("players", "kids", found[0].group(2).lower()):
        return list(turns)
    ages = answer.group("a")
    if answer.group("b"):  # "10 and 11" two ages; "11 to 13", "11-13" a span, kept one
        between = answer.string[answer.end("a") : answer.start("b")]
        span = re.search(r"-|\bto\b", between) is not None
        ages = f"{ages}-{answer.group('b')}" if span else f"{ages} and {answer.group('b')}"
    m = found[0]
    written = f"{earlier[: m.end()]} (all {ages}){earlier[m.end() :]}"
    # the answer is the party said again, not more of it: "14 players (all 15-16) plus 6
    # parents" with "and" ("plus" in a follow-up asks whether it adds; round q86o, 188 fz066)
    again = f"{earlier[: m.end()]} (all {ages}){_PLUS.sub(' and ', earlier[m.end() :], 1)}"
    return [*turns[:-3], ("customer", written), turns[-2], ("customer", again)]


def team_ages(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with a team's ages and parents answered after its
    count written beside that count, the answer as the whole party."""
    if len(turns) < 3 or turns[-1][0] != "customer":
        return list(turns)
    answer = _ANSWER.match(turns[-1][1])
    if answer is None:
        return list(turns)
    if not (answer.group("parents") or answer.group("none")):
        return _ages_alone(turns, answer)
    ages = [int(a) for a in (answer.group("a"), answer.group("b")) if a]
    if not all(6 <= age <= 12 for age in ages):
        return list(turns)  # grown players or little ones among them: asked
    at = next((i for i in range(len(turns) - 2, -1, -1) if turns[i][0] == "customer"), None)
    if at is None or not _asked_ages(turns, at):
        return list(turns)
    found = list(_TEAM.finditer(turns[at][1]))
    who = (answer.group("who") or "").lower()
    if len(found) != 1 or (who and who not in ("players", "kids", found[0].group(2).lower())):
        return list(turns)
    team = found[0]
    aged = f"{team.group(1)} {team.group(2)} (all {' and '.join(map(str, ages))})"
    coaches = f"{team.group(3)} {team.group(4)}"
    earlier = turns[at][1]
    out = list(turns)
    out[at] = ("customer", f"{earlier[: team.start()]}{aged} and {coaches}{earlier[team.end() :]}")
    parents = answer.group("parents")
    # "no parents": the team and its coaches alone
    out[-1] = ("customer", f"{aged}, {coaches} and {parents} parents" if parents
               else f"{aged} and {coaches}")  # fmt: skip
    return out
