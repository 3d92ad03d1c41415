"""An add-on taken out by the words around it: "take the sake off", "leave the show out", "the
sake sounds nice but no thanks", or by the negation of the add-on before it, joined by "or" ("we
don't need the extended performance or the sake": neither) or by "and" after a verb ("skip the
sake and the longer show"; "no sake and the show" is left as it is read, it may add the show).
A form's answer after the add-on ("premium sake service: no") is `add_on_answers.form_answer`'s."""

from __future__ import annotations

import re

Span = tuple[int, int]

OFF_VERB = re.compile(r"\b(?:take|takes|taking|leave|knock|cross|strike)\s+(?:the\s+|that\s+)?$")
_OFF_AFTER = re.compile(r"\s+(?:off|out)\b")


# "the sake sounds nice but no thanks": liked, then declined in the same breath
_NICE_BUT_NO = re.compile(
    r"\s+(?:sounds?|looks?|seems?|is)\s+(?:really\s+|so\s+)?(?:nice|good|fun|great|cool|awesome)"
    r"\s*,?\s*but\s+(?:no thanks|no thank you|no|we'?ll pass|pass|not this time|we'?ll skip it)\b"
)


def taken_off(text: str, start: int, end: int) -> Span | None:
    """The span of an add-on (at `start`..`end`) with the words that take it out ("take the sake
    off", "the sake sounds nice but no thanks"), or None when it stands."""
    if declined := _NICE_BUT_NO.match(text, end):
        return (start, declined.end())
    verb = OFF_VERB.search(text[max(0, start - 20) : start])
    after = _OFF_AFTER.match(text, end) if verb else None
    return (start - len(verb.group(0)), after.end()) if verb and after else None


_MIND_BEFORE = re.compile(
    r"\b(?:actually|on second thought|second thought|scratch that|wait|never ?mind|nah)\W*"
    r"(?:(?:no|nah|nope)\W*)?(?:and\s+|so\s+)?$"  # "wait no, scrap the shrimp"
)


def mind_before(text: str, start: int) -> int:
    """Where a change of mind just before a removal begins ("on second thought drop the show"):
    the removal is what the customer changed their mind to, so the words are explained."""
    m = _MIND_BEFORE.search(text[max(0, start - 25) : start])
    return start - len(m.group(0)) if m else start


_OR_BETWEEN = re.compile(r"\s*,?\s*(?:or|nor)\s+(?:the\s+|any\s+|a\s+)?")
_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|&|\+)\s+(?:the\s+|any\s+|a\s+)?")
# words taking out only what follows them: "no sake and the show" may add the show
_ONE_ONLY = re.compile(r"(?:no(?!\s+need)|not|sin|instead of|in place of)\b")


def joined_out(text: str, start: int, outs: dict[Span, str]) -> tuple[int, str] | None:
    """Where the words joining the add-on at `start` to one taken out (`outs`: each one's span
    and the words that took it out) begin, and those words, when the add-on is taken out with
    it: "or" ("no sake or show"), or "and" after a verb ("skip the sake and the show")."""
    for (_, end), words in outs.items():
        if end > start:
            continue
        if _OR_BETWEEN.fullmatch(text, end, start) or (
            _AND_BETWEEN.fullmatch(text, end, start) and not _ONE_ONLY.match(words)
        ):
            return end, words
    return None
