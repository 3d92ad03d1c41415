"""A permit the customer says they already have ("we got the permit 🙌", "the park permit is
approved"): a fact about their venue, not paperwork asked of us, so no staff follow-up on it. A
question or a request beside it ("we got the permit, do you need a copy?", "... but they need your
insurance certificate") still names paperwork, and staff answer it."""

from __future__ import annotations

import re

_PERMIT = r"(?:(?:park|event|city|county|special event|venue|fire|grill|bbq)\s+)?permits?"
_DONE = re.compile(
    r"\b(?:we|i|we'?ve|i'?ve|we have|i have|we already|i already|already)\s+"
    r"(?:(?:already|finally|just)\s+)?(?:got|have|has|gotten|secured|obtained|pulled|received|booked)\s+"
    rf"(?:the|a|our|my|all the)\s+{_PERMIT}\b"
    rf"|\b(?:the|our|my)\s+{_PERMIT}\s+(?:is|was|are|were|got|came|has been|have been|'s)\s+"
    r"(?:(?:already|all|finally|just)\s+)?(?:approved|done|in|through|sorted|secured|issued|"
    r"taken care of|squared away|all set|good to go|granted)\b"
)
# beside it, in its sentence: a question or a request about it, for us to answer
_ASKED = re.compile(
    r"\?|\b(?:need|needs|require|requires|required|copy|send|show|do you|does it|should)\b"
)


def permit_done(text: str) -> str | None:
    """Lower-cased `text` with each permit said to be obtained blanked; None when there is none,
    or when a sentence holding one asks or requests something (left for staff)."""
    found = list(_DONE.finditer(text))
    if not found:
        return None
    for m in found:
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!\n") if i >= 0]
        if _ASKED.search(text, start, min(ends, default=len(text)) + 1):
            return None
    return _DONE.sub(lambda m: " " * len(m.group(0)), text)
