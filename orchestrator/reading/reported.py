"""Someone named only as the one whose word the writer passes on ("drop the sake actually, the
pastor said no alcohol at church events", "the principal says no alcohol on campus", "add the
extended performance, the team voted for it"): a relation or role before a verb of saying (or of
choosing) is the source of a remark, not a guest listed. The remark must name no number, no
arrival, no yes and no guest (those stay checked: "my mom said she's coming too", "my boss says 3
more", "the pastor said yes"; "my cousins decided to fly in" is no saying at all); its catalog
words are judged by the caller, as a remark after "has" or "is" is."""

from __future__ import annotations

import re

_SAID = re.compile(
    r"\s+(?:said|says|told\s+(?:us|me)|insists|insisted|wants\s+us\s+to|asked\s+(?:us\s+)?"
    r"(?:to|that)|thinks|doesn't want|does not want|won't allow|will not allow|"
    # "add the extended performance, the team voted for it": whose choice the add-on is
    r"voted\s+for\s+(?:it|that|this)|(?:picked|chose|requested|asked\s+for)\s+(?:it|that|this))"
    r"\b([^.,;!?\n]*)"
)
# words that would make the one who speaks (or others) a guest after all
_ARRIVES = re.compile(
    r"\d|\b(?:com(?:e|es|ing)|join\w*|bring\w*|attend\w*|make\s+it|be\s+there|invit\w*|plus|too|"
    r"also|guests?|people|ppl|adults?|kids?|children|us\s+all|everyone|count|more|extra|fly\w*|"
    r"flew|driv\w*|visit\w*|stay\w*|tag\w*|show\w*|stop\w*|drop\w*|in\s+town|here|can|could|"
    r"will|'ll|gonna|going|yes|yeah|yep|ok|okay|sure)\b"
)


def reported_remark(text: str, end: int) -> re.Match[str] | None:
    """The saying verb and its remark right after a person named at `end` of `text`, when the
    remark adds no one; None otherwise."""
    m = _SAID.match(text, end)
    if m is None or _ARRIVES.search(m.group(1)):
        return None
    return m
