"""Someone named only as the one whose word the writer passes on ("drop the sake actually, the
pastor said no alcohol at church events", "the principal says no alcohol on campus", "add the
extended performance, the team voted for it"): a relation or role before a verb of saying (or of
choosing), or of recommending ("my coworker recommended you", "my friend who used u said"), or
one passing on a review ("one of our members read a yelp review that said ..."), is
the source of a remark, not a guest listed. The remark must name no number, no
arrival, no yes and no guest (those stay checked: "my mom said she's coming too", "my boss says 3
more", "the pastor said yes"; "my cousins decided to fly in" is no saying at all); its catalog
words are judged by the caller, as a remark after "has" or "is" is."""

from __future__ import annotations

import re

_SAID = re.compile(
    # "my friend who used u said ...": the one who had the business before, and says so
    r"(?:\s+who\s+(?:used|had|booked|hired|tried|did)\s+(?:u|you|ya|y'all|you guys|u guys)"
    r"(?:\s+(?:before|already|last\s+(?:year|month|time|summer|spring|fall|winter)))?)?"
    # "my coworker recommended you", "my mom told me about u": the source of a referral
    r"\s+(?:recommended\s+(?:you|u|ya|y'all|you guys|u guys)|referred\s+(?:us|me)|told\s+(?:us|me)\s+"
    r"about\s+(?:you|u|ya|y'all|you guys|u guys)|said|says|told\s+(?:us|me)|insists|insisted|"
    # "one of our members read a yelp review that said ...": the review's word, passed on
    r"read\s+(?:a|an|the|some|your)\s+(?:(?:yelp|google|facebook|online)\s+)?reviews?\s+"
    r"(?:that\s+said|saying|which\s+said)|"
    r"wants\s+us\s+to|asked\s+(?:us\s+)?"
    r"(?:to|that)|thinks|doesn't want|does not want|won't allow|will not allow|"
    # "add the extended performance, the team voted for it": whose choice the add-on is
    r"voted\s+for\s+(?:it|that|this)|(?:picked|chose|requested|asked\s+for)\s+(?:it|that|this))"
    # the remark, to its clause's end or a "so" the writer's own request follows ("... is a must so
    # add that too": the adding is the writer's; "so many of us" stays in the remark)
    r"\b((?:(?!\bso\s+(?:add|please|pls|plz|let'?s|we'?ll|can|could|book|include|throw)\b)"
    r"[^.,;!?\n])*)"
)
# words that would make the one who speaks (or others) a guest after all ("shows up", not "the
# longer show")
_ARRIVES = re.compile(
    r"\d|\b(?:com(?:e|es|ing)|join\w*|bring\w*|attend\w*|make\s+it|be\s+there|invit\w*|plus|too|"
    r"also|guests?|people|ppl|adults?|kids?|children|us\s+all|everyone|count|more|extra|fly\w*|"
    r"flew|driv\w*|visit\w*|stay\w*|tag\w*|show(?:s|ed|ing|n)?\s+up|stop\w*|drop\w*|in\s+town|here|can|could|"
    r"will|'ll|gonna|going|yes|yeah|yep|ok|okay|sure)\b"
)


def reported_remark(text: str, end: int) -> re.Match[str] | None:
    """The saying verb and its remark right after a person named at `end` of `text`, when the
    remark adds no one; None otherwise."""
    m = _SAID.match(text, end)
    if m is None or _ARRIVES.search(m.group(1)):
        return None
    return m
