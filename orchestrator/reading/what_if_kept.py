"""A what-if the customer then builds on ("ok good. add the sake service pls", "do that and add
the longer show", "add the sake too" after "what if 5 of us get lobster instead of the shrimp"
and its quote): the what-if's quote is the order kept (round q80d). Its order is written as the
customer's message before it, the turns before left out, and the message read as a change of it.
Read against every turn, the what-if asked again how many of each ("5 of us get lobster": 5
who swap?) though the business's quote had settled it.

Only one what-if in the conversation, quoted once: two quotes in all (the first order's and the
what-if's), one customer message between them that asks "what if" (or "how about") once, and
the latest reply one quote. "ok" after two different what-ifs with no word on which, or a reply
giving two options (`quote_options`), leaves the conversation as it was (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.our_quote import totals_stated
from orchestrator.reading.quote_options import quotes

# "what if 5 of us get lobster", "how about filet instead", "what about adding the show"
_WHAT_IF = re.compile(r"\b(?:what\s+if|how\s+about|what\s+about|wat\s+if|wht\s+if)\b")
# the message builds on the what-if: taken ("ok good", "do that", "sounds good, lets do it"),
# then a change ("add", "and add", "plus"), or a change alone ("add the sake too")
_TAKEN = (
    r"(?:ok(?:ay)?|k|kk|good|great|perfect|cool|nice|awesome|sounds\s+good|that\s+works|love\s+it|"
    r"yes|yeah|yep|ya|lets\s+do\s+(?:that|it)|let's\s+do\s+(?:that|it)|do\s+that|do\s+it|"
    r"go\s+with\s+that|we'?ll\s+do\s+that|then|so)"
)
_BUILT_ON = re.compile(
    rf"\A\W*(?:{_TAKEN}[\s!.,;:]*)*(?:and\s+|but\s+|also\s+|pls\s+|please\s+|plz\s+|then\s+)*"
    r"(?:can\s+(?:we|you|u)\s+(?:also\s+)?)?(?:add|adding|plus|throw\s+in|include)\b"
)


def _one_quote(text: str) -> bool:
    """Whether a business reply holds exactly one quote."""
    return totals_stated(text) == 1


def what_if_kept(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with the what-if's
    quote written as the customer's order when the last message builds on it; as they were
    otherwise."""
    turns = list(turns)
    if len(turns) < 4 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    text = turns[-1][1]
    if _BUILT_ON.match(text.lower()) is None:
        return turns
    at = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and totals_stated(t)]
    if len(at) != 2 or at[1] != len(turns) - 2 or not all(_one_quote(turns[i][1]) for i in at):
        return turns
    between = turns[at[0] + 1 : at[1]]
    if len(between) != 1 or between[0][0] != "customer":
        return turns
    if len(_WHAT_IF.findall(between[0][1].lower())) != 1:
        return turns
    if any(r == "customer" and _WHAT_IF.search(t.lower()) for r, t in turns[: at[0]]):
        return turns  # a what-if before the first quote too: which is built on?
    latest = quotes(turns[-2][1])
    if len(latest) != 1:
        return turns
    return [("customer", latest[0].order), turns[-2], turns[-1]]
