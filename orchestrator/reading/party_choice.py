"""Proteins after a group that are still the whole party's choice, not that group's. Used by
`proteins._group_for`.

Proteins right after the last member's ages, ending a run-on message ("... my sister her husband
and their 2 girls 8 and 4 chicken and filet 95864"): no word ties them to that group, so they are
the whole party's choice, not the girls'. A group's own choice needs a word tying it ("the girls
want chicken", "chicken for the girls", "the kids just chicken") or another group's choice before
it ("10 adults filet and shrimp, 4 kids (7, 9) chicken")."""

from __future__ import annotations

import re

# the group ends with its ages: "2 girls (8 and 4)", "2 kids ages 9-3", "3 kids 10-12"
_AGES_END = re.compile(r"(?:\(\s*\d[^)]*\)|\d)\s*\Z")
# between the ages and this protein, once the proteins listed before it are taken out ("chicken
# and "): nothing but the words joining a list
_LIST_JOINS = re.compile(r"\s*(?:(?:,|\band\b|&|\+|/|\bn\b)\s*)*")
# a word after the proteins that ties them to someone ("chicken only", "chicken for them")
_TIED_AFTER = re.compile(r"\b(?:only|just|want|wants|get|gets|for|each)\b")
# A relation ending a writer's list ("my parents", "my wife's parents") and "we" choosing after it:
# the party's choice, not the relations'
_WE_AFTER_KIN = re.compile(r"\s*,?\s*(?:we|we'd|we'll|we're)\b")
_KIN_OWNER = re.compile(r"\b(?:my|our|[a-z]+'s)\s+\Z")


def we_after_kin(text: str, group: tuple[int, int, str], start: int) -> bool:
    """Whether "we", the party, chooses the protein at `start` after a relation ending the list
    ("... and my wife's parents we want salmon")."""
    return bool(
        _WE_AFTER_KIN.match(text[group[1] : start])
        and _KIN_OWNER.search(text, max(0, group[0] - 12), group[0])
    )


def everyones_after_ages(
    text: str,
    group: tuple[int, int, str],
    start: int,
    groups: list[tuple[int, int, str]],
    proteins: re.Pattern[str],
) -> bool:
    """Whether the protein at `start`, right after `group` (span and kind), is the whole party's:
    the group ends with its ages, nothing but the protein list between, no protein named before
    the group, no group counted after it and no word tying the proteins to anyone after them.
    `proteins` matches the catalog's protein names and aliases."""
    if not _AGES_END.search(text, group[0], group[1]):
        return False
    if not _LIST_JOINS.fullmatch(proteins.sub(" ", text[group[1] : start])):
        return False
    if any(g[0] >= start for g in groups) or proteins.search(text, 0, group[0]):
        return False
    return not _TIED_AFTER.search(text, start)
