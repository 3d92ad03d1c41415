"""A family that joins the order, named as a household list with its kids' ages and said to be
coming: "my sister-in-law and her husband + their daughter (6) can come too! same food", "my
cousin and his wife and their 2 boys (8, 4) can make it after all". The list is counted as any
household (adults by relation, kids by their ages); the words of coming after it say they all
join the order's guests, adults and kids alike, rather than being a new count of everyone.

Only a message that opens with the list (a word of joy before it aside), names nobody by a number
outside the kids' brackets of ages, and says right after the list that they come ("can come too",
"are coming after all") is read; anything else stays with the readers and the net."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.added_household import counted_household

# "yay", "good news!", "update:": a word before the list
_OPENING = r"^\W*(?:(?:yay|yey|omg|oh|ok|okay|good news|great news|update|alhamdulillah|so)\W+)*"
# the list: relations of the writer ("my", "our") and theirs ("her husband", "their daughter (6)")
_AGES = r"(?:\s*\(\s*\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})*\s*\))"
_ITEM = rf"(?:my|our|his|her|their)\s+[a-z'-]+(?:\s+[a-z'-]+)?{_AGES}?"
_LIST = rf"{_ITEM}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+){_ITEM})+"
_COMING = (
    r"\s+(?:(?:can|could|will|are|r)\s+)?(?:now\s+|also\s+|actually\s+)?"
    r"(?:come|coming|make it|join(?:ing)?(?:\s+us)?|be (?:coming|joining|there))"
    r"\s+(?:too|as well|after all)\b"
)
_JOINS = gated(re.compile(rf"{_OPENING}({_LIST}){_COMING}"))
_BRACKETS = re.compile(r"\([^()]*\)")


def family_joins(text: str) -> bool:
    """Normalized `text` opens with a household list said to be coming too, and counts nobody by
    a number outside the kids' brackets of ages; or is a household by surname said to come with
    its people counted (`counted_household`)."""
    m = _JOINS.match(text)
    return bool(m) and not re.search(r"\d", _BRACKETS.sub(" ", text)) or bool(counted_household(text))
