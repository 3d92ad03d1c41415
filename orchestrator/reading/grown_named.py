"""The grown-ups of a team's party named again by their roles with their choice, after the team's
kids and their grown-ups were counted: "14 players, 2 coaches and 6 parents. they're all 9-10.
chicken for the players, the coaches and parents want filet", "8 dancers, 5 moms and 1 dad ...
salmon for the moms and the dad". When the words name every grown role counted (and nothing
else), they are the adults: written "the adults", whose choice the group readers then place (the
team's word becomes "the kids" in `shared_age`). Some of the roles only ("filet for the coaches"
beside parents counted), a party told grown anywhere ("all adults"), or kids of no ages told stay
as they are (asked).
Takes lower-case text with number words written as digits, before `parent_counts`."""

from __future__ import annotations

import re

# each grown role, by its plural ("1 dad" is the dads'), with the words it may be named by again
_ROLES = {
    "coach": "coaches", "coaches": "coaches", "parent": "parents", "parents": "parents",
    "mom": "moms", "moms": "moms", "mum": "moms", "mums": "moms", "mothers": "moms", "mother": "moms",
    "dad": "dads", "dads": "dads", "fathers": "dads", "father": "dads", "chaperone": "chaperones",
    "chaperones": "chaperones", "leaders": "leaders", "leader": "leaders", "teachers": "teachers",
    "teacher": "teachers",
}  # fmt: skip
_ROLE = r"(?:coach(?:es)?|parents?|moms?|mums?|mothers?|dads?|fathers?|chaperones?|leaders?|teachers?)"
_COUNTED_ROLE = re.compile(rf"\b\d{{1,3}} ({_ROLE})\b")
_TEAM = re.compile(r"\b\d{1,3} (?:players|dancers|cheerleaders|girls|boys|scouts|swimmers|gymnasts)\b")
# the team's kids' ages told for all of them: "they're all 9-10", "(all 11 and 12)"
_KID_AGES = re.compile(r"\ball (?:between |ages? )?(?:[6-9]|1[0-2])\b")
# the roles named again: "the coaches and parents", "the moms and the dad", "the coaches"
_NAMED = re.compile(
    # (a clause opening with the roles and their wish needs no "the": "parents n coaches want")
    rf"(?:\bthe |(?<=[,.;!:] )(?=(?:{_ROLE}\s*(?:,|and|&|\+|n)\s*)+(?:the\s+)?{_ROLE}\s+"
    r"(?:want|get|prefer|would like)))"
    rf"({_ROLE}(?:\s*(?:,|and|&|\+|n)\s*(?:the\s+)?{_ROLE})*)\b(?!\s*(?:'|\(|\d))"
    # ("the dads and me want filet": someone more named with them, theirs to read)
    r"(?!\s*(?:,|and|&|\+|n)\s*(?:me|i|us|my|our|his|her)\b)"
)


def grown_named_again(text: str) -> str:
    """`text` with the grown roles of a team's party, named again all together, as "the adults"."""
    if "adult" in text or not _KID_AGES.search(text):
        return text
    teams = _TEAM.findall(text)
    counted = list(_COUNTED_ROLE.finditer(text))
    if len(teams) != 1 or not counted:
        return text
    roles = {_ROLES[m.group(1)] for m in counted}
    after = counted[-1].end()

    def written(m: re.Match[str]) -> str:
        named = {_ROLES[w] for w in re.findall(_ROLE, m.group(1))}
        return "the adults" if m.start() > after and named == roles else m.group(0)

    return _NAMED.sub(written, text)
