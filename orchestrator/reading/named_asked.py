"""An earlier quote named inside a question, not taken (round q84o): "was the first one with the
sake?", "does the filet one include the show?" ask what that quote had; "the filet one, but what
would the lobster be for just 4 people?" asks a price beside it. Read as taking the quote, the
words after the name were its change: the first quote priced with the sake ($795 stated as the
order), or 4 adults' lobster at the minimum. Left untaken, `named_unsettled` asks which order."""

from __future__ import annotations

import re

# the sentence's first words asking about the quote: "was ...", "does ...", "how much was ..."
_ASKS_ABOUT = re.compile(
    r"(?:^|[.!?\n]\s*)\W*(?:(?:hey|hi|ok|okay|so|and|wait|sorry|um+|hm+)\W+)*"
    r"(?:was|is|were|does|did|do|has|had|how|what|whats|what's|which)\b[^.!?\n]*$"
)
# a price asked of a what-if beside the name: "what would the lobster be", "how much if"
_PRICE_ASKED = re.compile(
    r"\bwhat\s+(?:would|will|if|about)\b|\bhow\s+(?:much|about)\b|\bwhat'?s\s+the\s+(?:price|total)\b"
    r"|\bwould\s+(?:it|that|the\s+\w+)\s+(?:be|cost|come)\b"
)


def named_in_question(text: str, start: int, end: int) -> bool:
    """Whether the quote named at `start`-`end` of lower-case `text` is asked about (its sentence a
    question opened by a question word) or named beside a price asked of something else."""
    stop = min((i for c in ".!?\n" if (i := text.find(c, end)) >= 0), default=len(text))
    asked = text[stop : stop + 1] == "?" and _ASKS_ABOUT.search(text, 0, start) is not None
    return asked or _PRICE_ASKED.search(text, end) is not None
