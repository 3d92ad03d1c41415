"""A protein dropped by its reason rather than by "no": "no wait just chicken and ny strip, my mom
says lobster is too much lol", "just chicken and shrimp, filet is too pricey" (or "too $$$", "very
expensive", "el salmón está muy caro"). Said once in the
message (the protein named nowhere else), the reason is written as "no lobster", the words the
change readers know (`meats_out`, `changes`): the order left is the one the message names. A
protein named elsewhere in the message too ("chicken and lobster, lobster is too much for the
kids") is left as written and asked about, unless the other time it is what a swap takes out
("shrimp instead of salmon, the salmon is too pricey"): then the reason is the swap's, and goes.
So does "lobster for all 16 is a bit much" with the lobster named again after it: a remark on the
quote's choice for everyone, the change said after it (round q81m)."""

from __future__ import annotations

import re

_PROTEIN = (
    r"(?:lobster(?: tails?)?|filet(?: mignon)?|filets|steak|ny strip|strip|shrimp|scallops|salmon)"
)
# "(my mom says) lobster is too much", "the filet's too pricey", "lobster is way too expensive"
_TOO_MUCH = re.compile(
    r"(?:\b(?:my|our|his|her|the)\s+[a-z]+\s+(?:says|said|thinks|thought)\s+(?:that\s+)?)?"
    rf"(?:\bthe\s+)?\b({_PROTEIN})\s*(?:is|'s|was|are)\s+(?:(?:way|a bit|a little|kinda|just)\s+)?"
    r"too\s+(?:(?:much|expensive|pricey|pricy|spendy|rich|fancy)\b|\${2,}(?![\d.]))"  # "too $$$"
)

# "salmon is very expensive", "el salmón está muy caro", "filet is pricey": a dear protein, the
# reason of a swap beside it that takes it out ("camarones en vez de salmón, el salmón está muy
# caro") or, named nowhere else, dropped as "too much" is (its place then asked about, not kept)
_DEAR = re.compile(
    rf"(?:\b(?:the|el|la)\s+)?\b({_PROTEIN})\s*(?:is|'s|are|esta|estan)\s+"
    r"(?:(?:very|so|really|super|kinda|muy|demasiado|bien)\s+)?"
    r"(?:expensive|pricey|pricy|spendy|car[oa]s?)\b"
)

# "lobster for all 16 is a bit much for the budget": the quote's everyone-wide choice found dear, a
# remark on it; what replaces it is said after ("can we do lobster for half of them and ...")
_ALL_TOO_MUCH = re.compile(
    rf"(?:\bthe\s+)?\b({_PROTEIN})\s+for\s+(?:all|everyone|everybody)(?:\s+(?:of\s+(?:us|them)|\d{{1,3}}))?"
    r"\s*(?:is|'s|was|would be)\s+(?:(?:way|a bit|a little|kinda|just)\s+)?"
    r"(?:too\s+(?:much|expensive|pricey|pricy|spendy)|a\s+(?:bit|little)\s+much)\b"
    r"(?:\s+for\s+(?:the|our|my)\s+budget)?"
)


def _said_again(text: str, m: re.Match[str]) -> bool:
    """The protein of the remark `m` is named again after it (the change said there)."""
    return bool(re.search(rf"\b{re.escape(m.group(1))}\b", text[m.end() :]))


def _swapped_out(text: str, word: str) -> bool:
    """`word` is what a swap in `text` takes out ("shrimp instead of salmon", "swap the salmon for
    shrimp"): a reason given for it ("the salmon is too pricey") says why, no new order."""
    return bool(re.search(
        rf"\b(?:instead of|rather than|in place of|en vez de|swap|switch|change|replace|sub)\s+"
        rf"(?:the\s+|out\s+the\s+|out\s+)?{re.escape(word)}\b", text
    ))  # fmt: skip


def too_much_as_out(text: str) -> str:
    """The lower-cased `text` with a reason a protein is dropped written as "no <protein>", when
    that protein is named nowhere else in it."""
    if not any(w in text for w in ("too ", "much", "expensive", "pric", "spendy", "car")):  # a gate
        return text
    out = []
    at = 0
    everyone = [m for m in _ALL_TOO_MUCH.finditer(text) if _said_again(text, m)]
    reasons = [*everyone, *_TOO_MUCH.finditer(text), *_DEAR.finditer(text)]
    for m in sorted(reasons, key=lambda r: r.start()):
        if m.start() < at:
            continue
        word = m.group(1)
        if m in everyone:
            out += [text[at : m.start()], ""]  # a remark on the quote, the change said after it
            at = m.end()
            continue
        named = len(re.findall(rf"\b{re.escape(word)}\b", text))
        if named == 2 and _swapped_out(text, word):
            out += [text[at : m.start()], ""]  # the reason of the swap, told beside it
        elif named == 1:
            out += [text[at : m.start()], f"no {word}"]
        else:
            continue
        at = m.end()
    return "".join(out) + text[at:] if out else text
