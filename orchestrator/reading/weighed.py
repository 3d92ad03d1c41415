"""Options weighed or considered in one message and settled by its end: "going back and forth
between salmon and scallops... decided on scallops", "chicken vs scallops for a while, final
answer is chicken", "i was gonna say filet but nah". The options dropped are no choice; the
decision stands, and the words of the weighing are explained."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.literal_gates import gated
from orchestrator.reading.asks import CONNECT, ProteinAsk
from orchestrator.reading.corrections import scoped

Span = tuple[int, int]


# Options weighed ("torn between", "couldn't decide", "can't pick", "either ... or") and the
# decision that follows ("decided on", "final answer", "final decision is").
_WAVER = gated(re.compile(
    r"\b(?:back and forth|torn|debating|deciding|decide|undecided|tentatively|thinking|considering|"
    r"between|pick|choose|either|vs|versus)\b"
))  # fmt: skip
_DECIDED = re.compile(
    r"(?:decided on|decided to go with|decided to do|let'?s (?:just )?(?:go with|do)|going with|"
    r"final (?:answer|decision|choice|pick)(?:\s+is)?:?|settled on"
    # "filet vs lobster but lobster is too $$$ lol so filet + chicken": an option turned down with
    # its reason, then "so" and the pick (a doubt in the reason is no decision; round q83k)
    r"|\bbut\s+(?:(?!\b(?:idk|not sure|maybe|might|or|unless|if)\b)[^.;!?\n]){1,50}?\bso)\s+(?:the\s+)?"
)

# "(i) was gonna ask about", "were going to ask abt": a question about the options weighed after it
_MEANT_TO_ASK = re.compile(
    r"\b(?:i\s+)?(?:was|were)\s+(?:gonna|going\s+to)\s+ask\s+(?:about|abt)\s+(?:the\s+)?\Z"
)


def settled_choice(text: str, asks: Sequence[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """ "going back and forth between salmon and scallops... decided on scallops": the options
    weighed before a decision that names one of them are dropped (the decision stands), and the
    words of the weighing are explained."""
    out, read = list(asks), []
    for waver in _WAVER.finditer(text):
        decided = _DECIDED.search(text, waver.end(), waver.end() + 100)
        if decided is None:
            continue
        chosen = next((a for a in out if decided.end() <= a.start <= decided.end() + 1), None)
        # "chicken vs scallops ... final answer is chicken": the first option stands before "vs"
        lo = waver.end()
        if waver.group(0) in ("vs", "versus"):
            lo = next((a.start for a in out
                       if a.end <= waver.start() and not text[a.end : waver.start()].strip()), lo)
        options = [a for a in out if lo <= a.start and a.end <= decided.start()]
        if chosen is None or len({a.protein for a in options}) < 2:
            continue
        if chosen.protein not in {a.protein for a in options} or any(scoped(a) for a in options):
            continue
        # the option turned down in the reason ("but lobster is too $$$") goes with the others; a
        # protein no option in it ("but the kids want chicken so filet") is read as the checks do
        reason = [a for a in out if decided.start() <= a.start < decided.end()]
        if not {a.protein for a in reason} <= {a.protein for a in options}:
            continue
        out = [a for a in out if not any(a is o for o in (*options, *reason))]
        start = min(lo, waver.start())
        # "was gonna ask about filet vs lobster but ... so filet": the question meant is settled too
        meant = _MEANT_TO_ASK.search(text, 0, start)
        read.append((meant.start() if meant else start, chosen.start))
    return out, read


_CONSIDERED = re.compile(
    r"\b(?:was|were)\s+(?:gonna|going to|thinking (?:about|of)|considering)\s+"
    r"(?:say(?:ing)?|add(?:ing)?|do(?:ing)?|get(?:ting)?|have|having)?\s*(?:the\s+|some\s+)?"
)
_DISMISSED = re.compile(
    r"\s*,?\s*(?:but\s+)?(?:nah|nope|no|decided against it|changed (?:my|our) minds?|we'?ll pass|"
    r"skip it|never ?mind)\b"
)


_UNLESS = re.compile(r"[^.;!?\n]*\b(?:unless|if|depend\w*|maybe|might|or)\b")


def dismissed(text: str, asks: Sequence[ProteinAsk]) -> tuple[list[ProteinAsk], list[Span]]:
    """ "i was gonna say filet but nah", "was thinking about adding lobster but nah": an option
    considered and dismissed in the same breath is no choice."""
    out, read = list(asks), []
    for m in _CONSIDERED.finditer(text):
        named = [a for a in out if a.start == m.end()]
        if not named:
            continue
        end = named[0].end
        for a in out:  # "filet and lobster but nah": the options listed together
            if a.start > end and CONNECT.fullmatch(text[end : a.start]):
                named.append(a)
                end = a.end
        no = _DISMISSED.match(text, end)
        if no is None or _UNLESS.match(text, no.end()):
            continue
        out = [a for a in out if not any(a is n for n in named)]
        read.append((m.start(), no.end()))
    return out, read
