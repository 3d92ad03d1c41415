"""A what-if the customer then builds on ("ok good. add the sake service pls", "do that and add
the longer show", "add the sake too" after "what if 5 of us get lobster instead of the shrimp"
and its quote): the what-if's quote is the order kept (round q80d). Its order is written as the
customer's message before it, the turns before left out, and the message read as a change of it.
Read against every turn, the what-if asked again how many of each ("5 of us get lobster": 5
who swap?) though the business's quote had settled it.

Only one what-if in the conversation, quoted once: two quotes in all (the first order's and the
what-if's), one customer message between them that asks "what if" (or "how about") once, and
the latest reply one quote. "ok" after two different what-ifs with no word on which, or a reply
giving two options (`quote_options`), leaves the conversation as it was (asked).

The what-if's quote may be the gateway's own (round q81q): read through `our_quote` as the
writer's, its place the one ZIP the customer's turns gave (our quote names a town); with none or
two, as it was. "ok do that but keep the chicken for 4 of them" keeps the protein the what-if
swapped out for those 4: "4 of them want chicken instead of the ny strip" against its order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.our_quote import totals_stated
from orchestrator.reading.quote_options import customer_zip, quotes

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

# "ok do that but keep the chicken for 4 of them" after "what if we did ny strip instead of
# chicken": the what-if taken, then the protein it swapped out kept for some (round q81q)
_KEPT_FOR_SOME = re.compile(
    rf"\A\W*(?:{_TAKEN}[\s!.,;:]*)*(?:but\s+|and\s+)*(?:can\s+(?:we|you|u)\s+|pls\s+|please\s+)?"
    r"keep\s+(?:the\s+)?(?P<old>[a-z][a-z ]*?)\s+for\s+(?P<n>\d{1,3})(?:\s+of\s+(?:them|us|the\s+guests)"
    r"|\s+(?:people|ppl|guests|adults))?\W*\Z"
)
# the what-if's swap: "what if we did ny strip instead of chicken", "how about filet instead of
# the shrimp": the new protein's words, then the old's
_SWAP = re.compile(
    r"\b(?:what|how|wat|wht)\s+(?:if|about)\s+(?:we\s+|everyone\s+|we\s+all\s+)?"
    r"(?:(?:did|do|get|got|had|have|went\s+with|go\s+with|switch(?:ed)?\s+to)\s+)?(?:the\s+)?"
    r"(?P<new>[a-z][a-z ]*?)\s+instead\s+of\s+(?:the\s+)?(?P<old>[a-z][a-z ]*?)\W*\Z"
)


def _kept_for_some(text: str, what_if: str) -> str | None:
    """The message "keep the chicken for 4 of them" written as the swap it asks of the what-if's
    order ("4 of them want chicken instead of the ny strip") when the what-if swapped that protein
    out ("what if we did ny strip instead of chicken"); None otherwise."""
    kept, swap = _KEPT_FOR_SOME.match(text), _SWAP.search(what_if)
    if kept is None or swap is None or kept.group("old") != swap.group("old"):
        return None
    return f"{kept.group('n')} of them want {swap.group('old')} instead of the {swap.group('new')}"


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
    if _BUILT_ON.match(text.lower()) is None and _KEPT_FOR_SOME.match(text.lower()) is None:
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
    latest = quotes(turns[-2][1], customer_zip(turns[:-2]))  # our own: the customer's ZIP
    if len(latest) != 1:
        return turns
    kept = _kept_for_some(text.lower(), between[0][1].lower())
    if _BUILT_ON.match(text.lower()) is None and kept is None:
        return turns  # a protein kept that the what-if did not swap out: read as written
    return [("customer", latest[0].order), turns[-2], ("customer", kept or text)]
