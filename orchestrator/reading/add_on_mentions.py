"""An add-on named again by one of its words after it was named in full ("please add the extended
performance, the team has heard great things about the show"): the same add-on, no new one to
ask about. Split from `coverage` by size."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog


def named_in_full(text: str, catalog: Catalog) -> set[str]:
    """The words of each add-on that the (normalized) `text` names by a name of two words or more
    ("extended performance", "longer show"): a lone "show" or "performance" after it is that one."""
    words: set[str] = set()
    for add_on in catalog.add_ons:
        names = [n.lower() for n in (add_on.name, *add_on.aliases) if " " in n.strip()]
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
            words |= {w for n in names for w in n.split()}
    return words


def unmatched_add_on(word: str) -> tuple[str, str]:
    """The check for an add-on word not matched to the catalog ("the show"); a later message
    that names an add-on by the same word answers it."""
    return ("message", f"did not understand '{word}' (an add-on not matched to the catalog)")


# A show of another kind ("your booth at the 2024 home show", "the car show"): an event someone
# went to, no add-on asked for ("cooking show", "food show" may be the chef's: not these)
_OTHER_SHOW = re.compile(
    r"\b(?:home|trade|car|auto|boat|bridal|wedding|art|dog|horse|cat|talent|game|fashion|craft|air|"
    r"tv|comedy|garden|rv|gun|county|state)\s+shows?\b"
    # what a paper shows ("the quote shows salmon", normalized "the quote show salmon"): a verb
    r"|\b(?:quote|estimate|invoice|breakdown|receipt)\s+(?:is\s+)?show(?:s|ed|ing)?\b"
    r"(?=\s+(?!and\b|or\b|too\b|included\b|add)[a-z])"
)


def other_shows(text: str) -> list[tuple[int, int]]:
    """The spans of normalized `text` naming a show that is no add-on of the caterer's."""
    if "show" not in text:
        return []
    return [m.span() for m in _OTHER_SHOW.finditer(text)]
