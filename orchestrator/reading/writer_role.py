"""The writer introduced by their role ("hi im the advisor for the robotics club", "team mom for
the Elk Grove Thunder U14 girls"): who writes and for which group, not a group of guests. The
guests are counted where the message counts them; these words add no one."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

Span = tuple[int, int]

# "im the advisor for", "i'm a coach of", "i am one of the chaperones for", "i coach a": the
# writer's role
_WRITER_ROLE = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:the|a|an|their|our|one of the)\s+(?:[a-z-]+\s+)?"
    r"(?:advis[eo]rs?|coach(?:es)?|teachers?|sponsors?|coordinators?|leaders?|directors?|"
    r"chaperones?|managers?|organi[sz]ers?)\s+(?=for\b|of\b|at\b)"
    r"|\bi\s+(?:coach|teach|run|lead|manage)\s+(?=a|an|the|our|my)\b"  # "i coach a 4th grade chess club"
)
# "team mom for the Elk Grove Thunder U14 girls", "team dad of our U10 boys": the team by name
_TEAM_PARENT = re.compile(
    r"\bteam\s+(?:mom|mum|mama|dad|parent|manager)\s+(?:for|of)\s+(?:the|our|my)\s+"
    r"(?:(?=[a-z0-9'-]*[a-z])[a-z0-9'-]+\s+){0,5}?(?:girls|boys|team|squad)\b"  # "u14", never "12"
)
# The writer by a team's title and name as the message opens ("hey! coach dan here", "hey it's
# coach ray, ...") or closing it under a sign-off ("thanks,\ncoach dana whitfield", "- coach ray
# (#44 back in the day)": a jersey number in the bracket is no count). The roles count the coaches.
_TITLE = r"(?:coach|scoutmaster)\s+[a-z]+"
_TITLE_OPENING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya)(?:\s+there)?\s*[,!.]*\s*)?"
    rf"(?:(?:this is|it'?s|its)\s+{_TITLE}\b(?:\s+here\b)?|{_TITLE}\s+here\b)"
)
_TITLE_SIGNED = gated(re.compile(
    r"(?:^|(?<=[\n.!]))[ \t]*(?:(?:thanks|thank you|thx|best|regards|cheers|sincerely)[ \t]*[!,.]*\s*)?"
    rf"(?:[-–—~][ \t]*)?{_TITLE}(?:[ \t]+[a-z'-]+)?[ \t]*(?:\([^()\n]{{0,40}}\))?[^\w\n]*\Z"
))  # fmt: skip
# a church's member signing as "Sister Gloria" or "Brother James" under a sign-off ("Blessings,\n
# Sister Gloria"): the writer, no sister of theirs coming (only under the sign-off: "my sister
# gloria is coming" is a guest)
_KIN_TITLE_SIGNED = gated(re.compile(
    r"(?:^|(?<=[\n.!]))[ \t]*(?:thanks|thank you|best|regards|blessings|many blessings|god bless|"
    r"in christ|in his service|peace|sincerely)[ \t]*[!,.]*[ \t]*\n[ \t]*(?:sister|brother|sr|br)\.?"
    r"[ \t]+[a-z'-]+(?:[ \t]+[a-z'-]+)?[^\w\n]*\Z"
))  # fmt: skip
_SIGN_OFF_CHARS = 120

# A writer says who they are as the message opens ("hi! team mom for ...", "Hello, I'm the ...")
_OPENING_CHARS = 160


def writer_role(text: str) -> list[Span]:
    """The spans of normalized `text` that introduce the writer by role, near its start, or sign
    it by title at its end (to be hidden from the guest reading: "the ... girls" there are a
    team's name, not kids to count; "coach ray (#44)" the writer, no count)."""
    spans = [m.span() for pattern in (_WRITER_ROLE, _TEAM_PARENT, _TITLE_OPENING)
             for m in pattern.finditer(text, 0, _OPENING_CHARS)]  # fmt: skip
    tail = max(0, len(text) - _SIGN_OFF_CHARS)
    signed = _TITLE_SIGNED.search(text, tail) or _KIN_TITLE_SIGNED.search(text, tail)
    return spans + ([signed.span()] if signed else [])
