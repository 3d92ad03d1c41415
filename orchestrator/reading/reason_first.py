"""An addition said twice, its reason first: "2 more parents want to come, add 2 adults", "one
more coach can make it, add 1 adult", "our 3 new hires are coming too, so add 3". The joiners
are who the added are, so the order grows by the number once (not 2 + 2). The other order ("add
3 adults, 3 more parents want to come too") is `restated.addition_restated`'s.

Read only when the two numbers agree and the joiners may not be kids (`more_then_total.NOT_GROWN`:
"2 more kids are coming, add 2" stays to the other readers and the net), with nothing but the
arrival and a few words of when or why between (`more_then_total.JOIN`), no hedge in the
sentence ("3 more parents might come, add 3?" stays asked) and no other number in the message (a
new total beside them is `more_then_total`'s and `named.added_in_recount`'s). The joiners' words
are blanked before the follow-up and guest readers ("2 more friends wanna come" alone is 2 more
of no band); a bare "add N" is written "add N adults" in the joiners' place (same length), so the
readers take the adults added as they take "add 2 adults" ("add 2 ppl" is the follow-up reader's,
which asks of which band)."""

from __future__ import annotations

import re

from orchestrator.reading.more_then_total import FROM, JOIN, NOT_GROWN
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import HEDGES

Span = tuple[int, int]

_NUMBER = {"one": 1, "a couple": 2}
# "2 more parents", "one more coach", "our 3 new hires", "my 2 interns": who joins, and how many
_JOINERS = (
    r"(?:\b(?:(?P<n>\d{1,2}|one|a couple)\s+more|(?:our|my|the)\s+(?P<own>\d{1,2})(?:\s+new)?)\s+"
    r"(?P<who>[a-z]+(?:-[a-z]+)?)\b" + FROM
    # "our pastor and his wife are coming too so add 2 adults": one office holder and a spouse, 2
    # (round q85e, set 183 fu018)
    + r"|\b(?P<pair>(?:our|the)\s+(?:(?:youth|head|senior|assistant|band|choir)\s+)?(?:pastor|"
    r"principal|coach|director|teacher|scoutmaster|priest|minister|rabbi|boss|manager|superintendent)"
    r"\s+(?:and|&|\+)\s+(?:his|her)\s+(?:wife|husband|spouse|partner)\b))"
)
# then the addition: "so add 2 adults", ", add 1 adult", "- pls add 3 more"
_THEN_ADD = (
    r"(?:\s+(?:too|also|as well|after all))?\s*[,;:.!-]*\s*(?:and\s+)?(?:so\s+)?"
    r"(?:(?:please|pls|plz|can you|could you|can u)\s+)?(?P<add>add\s+(?P<added>\d{1,2})"
    r"(?:\s+more)?(?P<word>\s+(?:adults?|grown-?ups))?)\b(?!\s+(?:people|ppl|guests?|persons?|kids?)\b)"
)
_SAID_TWICE = re.compile(_JOINERS + JOIN + _THEN_ADD)
_HEDGED = re.compile(rf"\b(?:{HEDGES}|or)\b")


def reason_first(text: str) -> list[tuple[Span, str]]:
    """The spans of normalized `text` rewritten for the readers (same length) for each addition
    whose reason, told first, counts the same people; [] when none."""
    if "add" not in text:
        return []  # speed: most messages add no one
    moved: list[tuple[Span, str]] = []
    for m in _SAID_TWICE.finditer(text):
        said = m.group("n") or m.group("own") or "2"  # the pair: 2
        count = _NUMBER.get(said) or int(said)
        if count != int(m.group("added")) or NOT_GROWN.search(m.group("who") or ""):
            continue
        if re.search(r"\d", text[: m.start()] + text[m.end() :]):
            continue  # another count ("ok we're 12 now, 2 more guys joined so add 2 more"): its readers'
        if re.search(r"\d", m.group("why")):
            continue
        start = sentence_start(text, m.start())
        end = min((i for c in ".;!?\n" if (i := text.find(c, m.end())) != -1), default=len(text))
        if _HEDGED.search(text, start, end):
            continue
        reason = (m.start(), m.end("why"))
        if m.group("word"):
            moved.append((reason, " " * (reason[1] - reason[0])))
        else:
            words = f"add {count} adults".ljust(reason[1] - reason[0])
            if len(words) > reason[1] - reason[0]:
                continue  # no room to say it in the reason's place: left to the net
            moved += [(reason, words), (m.span("add"), " " * (m.end("add") - m.start("add")))]
    return moved
