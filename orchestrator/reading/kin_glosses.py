"""The young kin as the kids' readers know them: "the great-grandkids: 11, 9, 7, 4 and 1" is "the
grandkids: 11, 9, 7, 4 and 1" (a generation further, the same kids told by their ages); and a
gloss in brackets between the kin's word and their ages ("plus the grandkids (mga apo): 12, 10,
8, 6 and 3", the word in the writer's other language) is dropped, the ages read as they are after
the word. Only a gloss of words (no digit, at most three words) right before a colon and an age:
"the kids (2 of them): 9, 7" stays for the checks. Takes lower-case text."""

from __future__ import annotations

import re

_GREAT = re.compile(r"\bgreat[- ]?(grandkids|grandchildren|grand kids)\b")
# the kin's word, a gloss of letters in brackets, a colon and an age after it
_GLOSS = re.compile(
    r"\b(grandkids|grandchildren|grand kids|kids|children|nieces|nephews|cousins)"
    r"\s*\(\s*[a-z']+(?:\s+[a-z']+){0,2}\s*\)(?=\s*:\s*\d{1,2}\b)"
)

# the writer's own word for whom a thing is, its English gloss in brackets right after ("2 extra
# lobster tails for ông bà (my grandparents)", unaccented "ong ba"): the people are the gloss
_FOR_GLOSSED = re.compile(
    r"\bfor\s+[a-z']+(?:\s+[a-z']+){0,2}\s*\(\s*((?:my|our)\s+(?:grandparents|parents|in-laws|"
    r"grandma|grandpa|mom|dad|uncle|aunt|husband|wife|brother|sister|son|daughter))\s*\)"
)

# the writer's own word for a grown relation, its English gloss in brackets ("80th birthday for
# my nani (grandma) ... my parents, nani, and my 2 aunts"): that relation, wherever it is said
_WORD_GLOSSED = re.compile(
    r"\b(?!(?:my|our|the|and|for|with|me|us|to|of|a|an|his|her|their|is|was)\b)([a-z]{2,10})\s*"
    r"\(\s*(grandma|grandpa|grandmother|grandfather|grandparents|mom|dad|aunt|uncle)\s*\)"
)


def kin_glosses(text: str) -> str:
    """`text` with "great-grandkids" as "grandkids" and a gloss in brackets after a kin's word,
    right before their ages after a colon, dropped; "for ong ba (my grandparents)" as "for my
    grandparents"."""
    if "grand" in text and "great" in text:
        text = _GREAT.sub(r"\1", text)
    if "(" in text and (glossed := _WORD_GLOSSED.search(text)):
        text = re.sub(rf"\b{glossed.group(1)}\s*\(\s*{glossed.group(2)}\s*\)", glossed.group(2), text)
        text = re.sub(rf"\b{glossed.group(1)}\b", glossed.group(2), text)  # said again, unglossed
    return _FOR_GLOSSED.sub(r"for \1", _GLOSS.sub(r"\1", text)) if "(" in text else text
