"""A message that opens by passing on someone else's words ("she said 8, 10, 5 and 2", "my mom
says yes please", "he says the filet, obviously", "quick update: the managing partner says it's
23 now"): the words after the saying are read as the customer's own order, the one who said them
left out (a guest only where the message says so). Only at the message's opening, after at
most a short lead ("update:", "ok so"): a saying inside a sentence is left to the readers of
remarks (`reported`). Where the words passed on could make the speaker a guest ("my mom says
she's coming too", "he said him and his wife"), nothing is taken off and the readers ask."""

from __future__ import annotations

import re

from orchestrator.reading.relation_words import KIN

_WHO = (
    rf"(?:{KIN}|brides?|grooms?|bride-to-be|host|hostess|owner|ceo|boss|client|organizer|planner|"
    r"birthday\s+(?:girl|boy)|bday\s+(?:girl|boy)|guest\s+of\s+honou?r)\b"
)
_OPENING = re.compile(
    # a short lead: "quick update:", "update from the bride:", "ok so", "lol"
    r"^(\s*(?:(?:quick\s+|small\s+|an?\s+)?update(?:\s+from\s+[a-z' ]{1,30}?)?\s*[:,-]\s*)?"
    r"(?:(?:ok(?:ay)?|so|alright|lol|haha|hi|hey|hello)\b[,!.]?\s*)*)"
    # the one who said it: a pronoun, or a person by kin or role after "my", "the", "our" ("my
    # mom", "the managing partner", "the bride"), or a name's ("pastor's wife"); no thing ("the
    # refund you said you'd send" passes on no one's words)
    rf"((?:she|he|they|(?:my|the|our|his|her)\s+(?:[a-z]+\s+)?{_WHO}|[a-z]+'s\s+{_WHO})"
    r"\s+(?:says?|said|just\s+(?:said|told\s+me)|told\s+me)(?:\s+that)?\s*[:,-]?\s*)"
    # the words passed on, perhaps in quotes
    r"(?=[\"']?[a-z0-9])",
    re.IGNORECASE,
)
# words passed on that could make the speaker (or someone only a pronoun names) a guest after all
_SPEAKER_COMES = re.compile(
    r"\b(?:she|he|they|her|him|them|she's|he's|they're|hers|his|their|theirs|i|i'm|me|we|us|"
    r"we're|myself)\b",
    re.IGNORECASE,
)


def relayed_opening(text: str) -> str:
    """`text` without the saying that opens it, when the words passed on name no one
    by a pronoun; `text` unchanged otherwise."""
    lower = text.lower().replace("\u2019", "'")
    if "said" not in lower and "say" not in lower and "told me" not in lower:
        return text  # (speed: most messages pass on no one's words)
    m = _OPENING.match(text.replace("\u2019", "'"))
    if m is None:
        return text
    rest = text[m.end():]
    clause = re.split(r"[.!?\n]", rest, maxsplit=1)[0]
    if _SPEAKER_COMES.search(clause):
        return text
    return m.group(1) + rest
