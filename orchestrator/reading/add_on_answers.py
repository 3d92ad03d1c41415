"""A form's answer just after an add-on ("premium sake service: no / extended performance: yes"):
the answer says whether the party wants it, so "no" there takes the add-on out and "yes" keeps
it; both words are then explained."""

from __future__ import annotations

import re

# ": no", " - yes", "= n", "(yes)": the separator is required, so "sake no thanks" stays a phrase
# the other readers judge; a bare "yes" or "no" closed by a comma or a stop is an answer too
# ("sake yes, show no.")
_ANSWER = re.compile(
    r"\s*(?::|=|-|\()\s*(?:(?P<no>no thank you|no thanks|not needed|none|nope|no)|yes|yeah|yep|"
    r"please)\b\)?"
    r"|\s+(?:(?P<bare_no>no)|yes)(?=\s*(?:[,.;!\n]|$))"
)


def form_answer(text: str, end: int) -> re.Match[str] | None:
    """The yes or no said right after an add-on ending at `end` of the normalized `text`, if any
    (`answered_no` tells a no)."""
    if end >= len(text) or text[end] not in " :=-(":  # cheap guard: most add-ons end a phrase
        return None
    return _ANSWER.match(text, end)


def answered_no(answer: re.Match[str] | None) -> bool:
    """Whether the answer `form_answer` read is a no."""
    return bool(answer and (answer.group("no") or answer.group("bare_no")))
