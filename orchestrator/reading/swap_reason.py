"""Why a protein is swapped out, said of that protein: "ny strip instead of filet pls. filet is
delicious but my husband cant eat it", "salmon instead of shrimp. shrimp is great but my daughter
is allergic". A clause that opens with the protein the message swaps out, praises it and says,
after "but", that someone cannot have it, or says it is too much ("can we swap the lobster for
scallops? lobster is a bit much for this crowd"), names no choice of its own: it is the reason
for the swap, as is a clause saying no one wanted it ("drop the tofu and do shrimp instead, turns
out nobody actually wanted tofu lol"). Read as a protein asked for it would keep the protein
swapped out (and ask whether it stays); so it is dropped from the asks and its words explained.
The protein named again in any other way ("shrimp instead of salmon. salmon for the kids
though") stays asked (`change_checks`)."""

from __future__ import annotations

import re

from orchestrator.reading.asks import ProteinAsk

Span = tuple[int, int]

# right before the protein: the clause's start
_OPENS = re.compile(r"(?:^|[.,;!?\n])\s*(?:(?:the|but|and|ok|also)\s+)?\Z")
_SUBJECT = r"(?:he|she|they|we|i|(?:my|our|his|her|the)\s+[a-z'-]+(?:\s+[a-z'-]+)?)"
_CANNOT = (
    r"(?:can\s*'?\s*t|cant|cannot|can not|does\s*n'?o?t|doesnt|do\s*n'?o?t|dont|won'?t|wont|"
    r"should\s*n'?o?t|shouldnt)\s+(?:eat|have|do|handle|stand|digest)\s+(?:it|that|them|those)"
    r"|(?:is|'s|are)\s+(?:severely\s+|very\s+)?allergic(?:\s+to\s+(?:it|that|them))?"
    r"|(?:hates?|dislikes?)\s+(?:it|that|them)"
)
# right after it: a word of praise, "but", someone who cannot have it, the clause's end
_PRAISED_BUT = re.compile(
    r"\s+(?:tails?\s+)?(?:is|was|'s|are|looks|sounds|tastes)\s+"
    r"(?:(?:so|really|very|super|totally|absolutely)\s+)?[a-z]+[!]*\s*,?\s*"
    r"(?:but|though|tho|however)\s+" + _SUBJECT + r"\s+(?:really\s+|just\s+|unfortunately\s+)?"
    rf"(?:{_CANNOT})\b(?:\s*(?:lol|haha|unfortunately|sadly))*[^\w.,;!?\n]*(?=$|[.,;!?\n])"
)

# or too much of it: "lobster is a bit much for this crowd", "scallops are too pricey for us",
# "filet is overkill" (the cost or richness is the reason, no choice)
_TOO_MUCH = re.compile(
    r"\s+(?:tails?\s+)?(?:is|was|'s|are|seems|feels)\s+(?:(?:a\s+bit|a\s+little|kinda|kind\s+of|"
    r"way|just|probably|honestly|prob)\s+)*(?:too\s+(?:much|pricey|expensive|fancy|rich|spendy|"
    r"heavy)|much|overkill|over\s+the\s+top|pricey|expensive|spendy)\b"
    r"(?:\s+for\s+(?:us|them|(?:this|our|the|my)\s+[a-z]+))?"
    r"(?:\s*(?:lol|haha|tbh|honestly))*[^\w.,;!?\n]*(?=$|[.,;!?\n])"
)

# right before a protein the message swaps out: "instead of filet", "swap out the shrimp", "drop
# the tofu (and do shrimp instead)"
_OUT_BEFORE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|replace|swap(?:\s+out)?|switch(?:\s+out)?|"
    r"drop|ditch|scratch|nix)\s+(?:the\s+)?\Z"
)
# or that no one wanted, the clause's object: "turns out nobody actually wanted tofu lol", "no one
# really eats scallops"
_NOBODY_BEFORE = re.compile(
    r"(?:^|[.,;!?\n])\s*(?:(?:turns\s+out|it\s+turns\s+out|apparently|honestly|tbh|since|because|"
    r"cuz|bc)\s+)?(?:nobody|no\s+one|noone|none\s+of\s+(?:us|them))\s+(?:(?:actually|really|even)\s+)?"
    r"(?:wanted|wants|want|likes|liked|eats|ate|is\s+into|was\s+into|cares\s+for|cared\s+for)\s+"
    r"(?:the\s+)?\Z"
)
_NOBODY_AFTER = re.compile(
    r"(?:\s+(?:tails?|either|anyway|lol|haha|lmao|tbh|honestly))*[^\w.,;!?\n]*(?=$|[.,;!?\n])"
)


# A remark on the protein a change brings in, the change after "so" naming it again: "my mom says
# lobster is lucky for new year so make the ny strip lobster tail instead" (the reason; the order
# is the change's, the other proteins kept)
_SAYS_OPENS = re.compile(
    r"(?:^|[.,;!?\n])\s*(?:(?:the|but|and|ok|also)\s+|(?:[a-z'-]+\s+){1,3}(?:says|said|thinks?|thought|feels?)\s+)?\Z"
)
_REMARK_SO = re.compile(
    r"\s+(?:tails?\s+)?(?:is|are|'s)\s+[^.;!?\n]{1,40}?\s+so\s+(?=[^.;!?\n]*\binstead\b)"
)


def _remarked(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks remarked on before "so" and a change that names them again
    ("lobster is lucky ... so make the strip lobster instead"), and the remarks' spans."""
    kept, spans = [], []
    for ask in asks:
        plain = ask.portions is None and not ask.extra and not ask.half and not ask.rest
        m = _REMARK_SO.match(text, ask.end) if plain else None
        end = text.find("instead", m.end()) if m else -1
        word = text[ask.start : ask.end].split()[0] if m else ""  # named again in the change
        if m and _SAYS_OPENS.search(text, max(0, ask.start - 40), ask.start) and re.search(
            rf"\b{re.escape(word)}", text[m.end() : end]
        ):
            spans.append((ask.start, m.end()))
            continue
        kept.append(ask)
    return kept, spans


def swap_reasons(text: str, asks: list[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """`asks` without the plain asks of normalized `text` that open a clause giving the reason a
    protein the message swaps out ("instead of filet") is swapped, or remark on the one it brings
    in ("lobster is lucky ... so make the strip lobster instead"), and the spans of those clauses."""
    asks, remarks = _remarked(text, asks) if " so " in text and "instead" in text else (asks, [])
    out = {a.protein for a in asks if _OUT_BEFORE.search(text, max(0, a.start - 20), a.start)}
    if not out:
        return asks, remarks
    kept, spans = [], []
    for ask in asks:
        plain = ask.portions is None and not ask.extra and not ask.half and not ask.rest
        after = (_PRAISED_BUT.match(text, ask.end) or _TOO_MUCH.match(text, ask.end)
                 ) if plain and ask.protein in out else None  # fmt: skip
        if after and _OPENS.search(text, max(0, ask.start - 12), ask.start):
            spans.append((ask.start, after.end()))
            continue
        nobody = _NOBODY_BEFORE.search(text, max(0, ask.start - 60), ask.start) if (
            plain and ask.protein in out) else None  # fmt: skip
        tail = _NOBODY_AFTER.match(text, ask.end) if nobody else None
        if nobody and tail:  # "turns out nobody actually wanted tofu lol": why it goes
            spans.append((nobody.start(), tail.end()))
            continue
        kept.append(ask)
    return kept, spans + remarks
