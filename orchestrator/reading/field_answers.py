"""An answer that settles one field the business asked about, between the two options it named:
"Which steak would you like: NY strip (included) or filet mignon (+$5 a portion)?" answered "the
included one is fine, no need to upgrade" or "oh and filet for the steak", and "Which is it, 95832
or 95823?" answered "95823, just checked my moms mail lol". The steak answer is written out as the
option's name ("ny strip", "filet mignon"), which the readers take as the answer to "steak"
(`answers`); the ZIP answer leaves one ZIP where the earlier message named two ("zip 95832 or
95823" becomes "zip 95823"). An answer that picks neither ("whichever", "you pick", a third ZIP) or
says more than the pick is left as it was (the readers and the checks read it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the business's question between the two steaks ("Which steak would you like: NY strip (included)
# or filet mignon (+$5 a portion)?", "for the steak did you mean NY strip (included) or filet ...")
_STEAK_ASKED = re.compile(r"\bny strip\b[^?\n]{0,40}?\bor (?:the )?filet\b", re.IGNORECASE)
# the business's question between two ZIPs ("Which is it, 95832 or 95823?")
_ZIP_ASKED = re.compile(r"\b(\d{5})\s+or\s+(\d{5})\s*\?")
# the upgrade declined ("no need to upgrade", "no upgrade needed", "don't upgrade"): the included one
_NO_UPGRADE = re.compile(
    r"\b(?:no|not|don'?t|dont|skip)(?:\s+(?:need|needed|to|the|an|any|for))*\s+upgrad(?:e|es|ed|ing)\b"
    r"(?:\s+(?:needed|necessary))?|\bupgrad(?:e|es|ed|ing)\s+(?:is\s+)?not\s+(?:needed|necessary)\b"
)
_STRIP = re.compile(
    r"\b(?:whichever(?: one)?(?:'s| is) (?:included|cheaper|cheapest|the cheapest)|included|cheaper|"
    r"cheapest|regular|standard|ny strip|"
    r"new york(?: strip)?|the strip|strip)\b"
)
_FILET = re.compile(r"\b(?:filets?|fillets?|filet mignon|upgrade|upgraded)\b")
# the words an answer of the steak may say beside its pick (courtesy, assent, what it answers)
_FILLER = frozenset({
    "oh", "and", "ok", "okay", "yes", "yeah", "yep", "sure", "the", "one", "is", "it", "that's",
    "thats", "fine", "good", "great", "works", "work", "perfect", "please", "pls", "plz", "thanks",
    "thank", "you", "u", "for", "steak", "steaks", "let's", "lets", "do", "go", "with", "we'll",
    "well", "take", "have", "us", "just", "i", "i'd", "id", "think", "we", "want", "would", "like",
    "a", "lol", "haha", "sounds", "mignon", "ny", "new", "york", "strip", "filet", "filets",
    "fillet", "included", "cheaper", "cheapest", "regular", "standard", "upgrade", "upgraded",
    "whichever", "everyone", "everybody", "all",
})
# what is left after the pick and the declined upgrade: a negation or a doubt asks
_DOUBT = re.compile(r"\b(?:no|not|don'?t|dont|either|or|maybe|whichever|both|mix|half|some)\b")
# a ZIP answer: the ZIP opening the message, the rest of no number ("95823, just checked ...")
_ZIP_ANSWER = re.compile(r"^\W*(?:(?:oh|ok|okay|sorry|it'?s|its|it is|yes|zip)\W+)*(\d{5})\b(?=\D*$)",
                         re.IGNORECASE)


def steak_pick(text: str) -> str | None:
    """"ny strip" or "filet mignon" when customer `text` answers the question between the two
    steaks by naming one plainly, else None."""
    said = text.lower().replace("’", "'")
    if len(said) > 120 or re.search(r"\d", said):
        return None
    words = re.findall(r"[a-z']+", _NO_UPGRADE.sub(" included ", said))
    if not words or any(w not in _FILLER for w in words):
        return None
    rest = _NO_UPGRADE.sub(" included ", said)
    strip, filet = bool(_STRIP.search(rest)), bool(_FILET.search(rest))
    if strip == filet or _DOUBT.search(_STRIP.sub(" ", rest)):
        return None
    return "ny strip" if strip else "filet mignon"


def fields_answered(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first) with a customer's answer between the two steaks
    written as the steak's name, and the two ZIPs of earlier customer messages made the one the
    customer chose."""
    out: list[tuple[str, str]] = []
    steak = False
    zips: re.Match[str] | None = None
    for role, text in turns:
        if role != "customer":
            steak, zips = bool(_STEAK_ASKED.search(text)), _ZIP_ASKED.search(text)
            out.append((role, text))
            continue
        pick = steak_pick(text) if steak else None
        if pick:
            text, steak = pick, False
        answer = _ZIP_ANSWER.match(text) if zips else None
        if zips and answer and answer.group(1) in (zips.group(1), zips.group(2)):
            out = [_one_zip(r, t, zips.group(1), zips.group(2), answer.group(1)) for r, t in out]
            zips = None
        out.append((role, text))
    return out


def _one_zip(role: str, text: str, first: str, second: str, chosen: str) -> tuple[str, str]:
    """An earlier customer message's "95832 or 95823" as the ZIP chosen."""
    if role != "customer":
        return role, text
    both = rf"\b(?:{first}\s*(?:or|/)\s*{second}|{second}\s*(?:or|/)\s*{first})\b"
    return role, re.sub(both, chosen, text)
