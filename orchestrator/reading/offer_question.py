"""What the business's closing question offered: the add-ons it names ("Would you like to add the
extended performance ($50)?"), or, when it asks by a pronoun ("The chef can also do an extended
performance with extra tricks for $50. Want to add it?"), the one add-on the reply named before
it. A question by pronoun after a reply that named several add-ons, or none, offers none (a yes
to it stays asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.reading.add_on_reading import read_add_ons
from orchestrator.reading.words import normalize

# "Want to add it?", "Should we include that?", "Would you like that one?": the offer by pronoun
_BY_PRONOUN = re.compile(
    r"\b(?:add|include|want|like|do)\s+(?:it|that|this)(?:\s+one)?(?:\s+(?:too|as well|for you|"
    r"for the party|for them))?\s*\?",
    re.IGNORECASE,
)


def offered_in_question(question: str, offered: Sequence[str], catalog: Catalog) -> list[str]:
    """The add-on keys `question` (the reply's closing question) offers; `offered` the keys the
    whole reply named."""
    named = read_add_ons(normalize(question, catalog), catalog).found
    if named or len(set(offered)) != 1 or not _BY_PRONOUN.search(question):
        return list(named)
    return [offered[0]]
