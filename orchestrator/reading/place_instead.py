"""A new place for the party asked for with "instead" ("what would it be if we did it at my
parents in Auburn instead? 95603"): the place takes the one quoted, nothing of the order taken
out, so the negation word is read. The new ZIP is the ZIP reader's; a sentence naming food beside
it stays the coverage check's."""

from __future__ import annotations

import re

from orchestrator.reading.sentences import sentence_start

# the party moved: "did it at", "have it in", "move it to", "host it at", "do the party at"
_MOVED_TO = re.compile(
    r"\b(?:do|did|doing|does|have|had|having|hold|held|holding|host|hosted|hosting|move|moved|"
    r"moving|throw|threw|throwing)\s+(?:it|the party|the event|the dinner)\s+(?:over\s+)?"
    r"(?:at|in|to)\s+\S"
)
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[?.!,;\n]|$)")


def place_instead(text: str, start: int, end: int, order_word: re.Pattern[str]) -> bool:
    """The word "instead" at `start`-`end` of normalized `text` closes a clause that moves the
    party to another place ("if we did it at my parents in auburn instead?"), in a sentence naming
    no food."""
    if text[start:end] != "instead" or not _CLAUSE_END.match(text, end):
        return False
    begin = sentence_start(text, start)
    return bool(_MOVED_TO.search(text, begin, start)) and not order_word.search(text, begin, start)
