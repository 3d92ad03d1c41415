"""A request to lower the price or match another's ("any discount for military?", "can u match?",
"can we do 15 adults for $700 total?", "can you do 1300 if we book today?"): a price only staff can
grant. The offline draft gives the price list and says the team will answer, with a staff flag;
the tool's true quote rides on the draft for the reviewer, and no total stands beside the price
asked for (a budget told, a competitor's price told or a price asked about is no request:
`money_talk`)."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars
from orchestrator.reading.money_talk import offered_amount

_YOU = r"(?:can|could|would|will)\s+(?:you|u|ya|y'?all)\s+(?:guys\s+)?"
_DISCOUNT = first_chars(re.compile(
    # a kids' discount is the kids' price, which the price list answers
    r"(?<!kids )(?<!kid )(?<!kids' )(?<!child )(?<!children )(?<!childrens )(?<!children's )"
    r"\bdiscount(?:s|ed)?\b"
    r"|\bprice[- ]?match\w*|\b" + _YOU + r"(?:match|beat)\b"
    r"|\b(?:match|beat)\s+(?:that|their|his|her|them|the (?:price|quote|rate))\b"
    r"|\b(?:lower|reduce|bring down)\s+(?:the |your |that |our |my )?(?:price|rate|cost|total|quote)\b"
    r"|\b(?:get|make|do)\s+(?:it|that|this)\s+(?:any\s+|a (?:bit|little)\s+)?cheaper\b"
    r"|\b(?:a |any )?better (?:price|deal|rate)\b|\bnegotia\w+|\bwiggle room\b|\bbest you can do\b"
    r"|\bknock\w*\s+(?:some|a bit|a little|anything|\$?\d+)\s+off\b"
    r"|\bcome down\s+(?:on|a bit|a little|any|at all)\b"
    # an amount offered in dollars ("can u do $40 per person", "can we do 15 adults for $700")
    r"|\b(?:can|could|would|will)\s+(?:you|u|ya|y'?all|we)\s+(?:guys\s+)?(?:do|go|make it|take|"
    r"accept|get|work with)\b[^.?!\n]{0,40}?(?:\b(?:for|at)\s+(?:like\s+|about\s+|around\s+)?|"
    r"(?<=do )|(?<=go ))(?:\$|(?:\d{1,2},\d{3}|\d{3,4})\s*(?:flat|total|all in|even|bucks|dollars)\b"
    r"|(?:\d{1,2},\d{3}|\d{3,4})\b(?!\s*(?:adults?|kids?|people|guests?|ppl|pax|persons?|of us)\b))"
    r"|\b" + _YOU + r"(?:work with|stay (?:under|within)|meet|fit)\b[^.?!\n]{0,30}?(?:budget|\$)"
    # the party asked for an amount said before ("budget is $1,200. can you do 22 adults for that?")
    r"|\b" + _YOU + r"(?:do|make|manage)\b[^.?!\n]{0,40}?\bfor (?:that|that much|that price|"
    r"that amount|this price|this amount)\b"
))  # fmt: skip


def discount_asked(text: str) -> bool:
    """Whether normalized `text` asks for a lower price than the list's or a price match."""
    return bool(_DISCOUNT.search(text)) or offered_amount(text)
