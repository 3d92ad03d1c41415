"""Whose choice a protein named is (`proteins`): a group named after it ("lobster for the adults",
"for every kid") or right before it with only words of choosing between ("adults want salmon and
filet", "kids: just chicken"); none where other words stand between ("12 adults / 95630 / filet")
or the whole party chooses."""

from __future__ import annotations

import re

from orchestrator.reading.choice_groups import for_both
from orchestrator.reading.guests import ADULT, KID, TEEN
from orchestrator.reading.party_choice import everyones_after_ages, we_after_kin

# What may stand between a group and its choice: "adults want salmon and", "kids: just".
_GROUP_GAP = re.compile(
    r"^(?:[\s,:=&+/-]|\b(?:we|we'd|we'll|i|i'd|they|they'd|they'll|they're|are|is|to|go|please|pls|"
    r"all|just|only|the|some|both|would|like|will|have|having|want|wants|get|"
    # "the kids wont touch anything but chicken": their one choice, as "only eat" is
    r"(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:touch|eat)\s+(?:anything|nothing)\s+(?:but|except|besides)|"
    r"gets|prefer|eat|eats|love|can|do|and|n|plus|with|[a-z]+ (?:steak|tails?|mignon)|"
    r"chicken|shrimp|salmon|scallops?|filet|lobster|tofu|veggies|vegetables|strip|ny|"
    # the Spanish ones: "los adultos comen filete y langosta"
    r"y|solo|solamente|pollo|camarones|filetes?|langostas?|vieiras|verduras)\b)*$"
)
# "lobster for the adults", "for all the kids", "for every adult", "for each kid", "for all adults"
_GROUP_AFTER = re.compile(
    # a joining word opens the next choice: "filete con camaron y for the kids pollo"
    r"^\s*(?:(?!(?:and|y|n|plus)\s)\w+\s+)?for\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?|(?:every|each)(?:\s+single)?\s+)?"
    rf"(?:\d+\s+)?(?:({ADULT}|{TEEN})|({KID}))\b"
)

# "chicken for the kids and NY strip + shrimp for the adults": a list the group after it scopes
_LISTED_BEFORE_GROUP = re.compile(
    r"\s*(?:\+|&|,|/|\band\b|\bn\b)\s*(?!(?:and|n|y|plus)\b)[a-z]+(?:\s[a-z]+)?(?=\s+for\b)"
)


def group_for(
    text: str, start: int, end: int, groups: list[tuple[int, int, str]], proteins: re.Pattern[str]
) -> str | None:
    """The group whose choice the protein `text[start:end]` is: "adults" or "kids" named after it
    ("lobster for the adults") or right before it ("kids: just chicken"), that of a count joined to
    it ("for 10 adults and 4 kids"), or None (everyone's). `groups`: the counted groups of the text
    (`choice_groups`); `proteins`: any protein's name."""
    if (listed := _LISTED_BEFORE_GROUP.match(text, end, end + 40)) and _GROUP_AFTER.match(
        text[listed.end() : listed.end() + 40]
    ):
        return None  # the next protein's group, shared with it by `share_scope`
    if m := _GROUP_AFTER.match(text[end : end + 40]):
        joined = next((g for g in groups if g[0] <= end + m.end() <= g[1]), None)
        if for_both(text, joined):  # "chicken and shrimp for the kids and adults": everyone's
            return None
        joined = joined if re.search(r"\d", m.group(0)) else None  # "for 10 adults and 4 kids"
        return joined[2] if joined else "adults" if m.group(1) else "kids"
    line_start = max(text.rfind(c, max(0, start - 100), start) for c in ".;!?\n") + 1
    before = [g for g in groups if line_start <= g[0] and g[1] <= start and start - g[1] <= 30]
    gap = text[before[-1][1] : start] if before else ""
    if not before or before[-1][2] == "all" or not _GROUP_GAP.match(gap) or gap.strip() == "," or (
        everyones_after_ages(text, before[-1], start, groups, proteins)  # "their 2 girls (8, 4) chicken"
    ):
        return None  # "12 adults / 95630 / filet": other words between, not the adults' choice
    if we_after_kin(text, before[-1], start):
        return None  # "... and my wife's parents we want salmon": "we", the party, chooses
    kinds = {g[2] for g in groups}
    return before[-1][2] if ({"adults", "kids"} <= kinds or "all" in kinds) else None
