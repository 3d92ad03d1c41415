"""A typo corrected with an asterisk, then a laugh at it: "*salmon lol she's not getting a mani 😂"
after "salon and shrimp pls". The message opens with the word meant; what follows the laugh is a
joke about the word mistaken, so a negation there ("not getting a mani") takes nothing out of
the order, unless its sentence names a catalog word ("*salmon lol not shrimp" is the order's)."""

from __future__ import annotations

import re

# "*salmon lol", "* filet mignon haha", "*scallops sorry": the correction, then the laugh or an apology
_CORRECTED = re.compile(
    r"\s*\*\s*[a-z]+(?:\s[a-z]+)?[\s,.!]+(?:lol|lmao|haha+|hehe|jk|oops|sorry|my bad|autocorrect)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def typo_remark(text: str, start: int, catalog_word: re.Pattern[str]) -> bool:
    """Whether the negation at `start` of normalized `text` is in the joke after a typo's
    correction (no catalog word in the rest of its sentence)."""
    m = _CORRECTED.match(text)
    if not m or start < m.end():
        return False
    end = _SENTENCE_END.search(text, start)
    return not catalog_word.search(text, start, end.start() if end else len(text))
