"""A change asked about with its price: "what if 2 more friends come, how much then?", "can 5 of
them have lobster instead of the strip? how much more would that be". The customer asks for the
price of the order with the change, so the change is read as said (the quote is the answer);
"if" or "can" there is the question's, not a doubt. A change the customers make themselves ("what
if we drop to 12", "what if we add 3 more ppl") asks its price with no price word, as "make it
12" would be quoted; "if we add 1 more person does the price go up?" (or "would it still be
$550?", the amount itself asked) asks it after a bare "if".
Another hedge in the clause ("what if maybe 2 more come") or no price asked of a change others
make ("what if 2 more come?", "can 4 of them get lobster instead of shrimp?": whether it can be
done) leaves it asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "what if" (or "if we"), opening the clause (after "ok", "k", "and", "so", "hmm")
_WHAT_IF = re.compile(
    r"\A\s*(?:(?:ok|okay|k|kk|and|so|hmm+|also|but|alright)\s*,?\s+)*(?:what\s+if|if(?=\s+we\b))\b"
)
# the price asked in the same clause, after the change ("does the price go up?", "would the price
# stay at $550?": whether the total moves asks it)
_PRICE = re.compile(
    r"\b(?:how\s+much|what(?:'s|s|\s+is|\s+would)\s+(?:it|that|the\s+(?:total|price|cost))|"
    r"what\s+(?:would|will)\s+(?:it|that)\s+(?:be|cost|come\s+to)|"
    r"(?:does|would|will|is)\s+(?:the\s+)?(?:price|total|cost|it)\s+(?:still\s+)?(?:go\s+(?:up|down)|"
    r"change|stay|increase|be\s+(?:cheaper|more|less|the\s+same|\$)))\b"
)
# "would it still be $550?", "is it still 550": the price asked by the amount itself (or by its
# blank, the quote's total said back taken out before reading: "would it still be      ?")
_AMOUNT_ASKED = re.compile(
    r"\b(?:would|will|is)\s+(?:the\s+)?(?:price|total|cost|it)\s+(?:still\s+)?(?:be\s+)?"
    r"(?:\$\s?\d|\d{3,5}(?:\.\d\d)?\s*$|\s*$)"
)
# "what if we drop to 12", "what if we add 3 more": a change the customers would make themselves
_OWN_CHANGE = re.compile(r"\s+we\s+(?:drop|cut|go|add|bring|trim|scale)\b")


def priced_what_if(clause: str, hedge: re.Pattern[str]) -> bool:
    """`clause` (normalized) asks the price of a change opened by "what if", with no other word
    of `hedge` in it."""
    if "if" not in clause:  # cheap gate: most clauses have none
        return False
    opened = _WHAT_IF.match(clause)
    if opened is None:
        return False
    own = opened.group(0).rstrip().endswith("what if") and _OWN_CHANGE.match(clause, opened.end())
    asked = _PRICE.search(clause, opened.end()) or _AMOUNT_ASKED.search(clause, opened.end())
    if not own and not asked:
        return False
    return not hedge.search(clause, opened.end())


def hedged(clause: str, hedge: re.Pattern[str]) -> bool:
    """`clause` has a word of `hedge` that doubts it (not the "if" of a priced change)."""
    return bool(hedge.search(clause)) and not priced_what_if(clause, hedge)


# "can 5 of them have", "could 3 of us get": the guests of a swap asked as a question, right
# before the protein they would have
_CAN_SOME = re.compile(
    r"\b(?:can|could)\s+(\d{1,3})\s+of\s+(?:them|us|those|the\s+[a-z]+|our\s+[a-z]+)\s+"
    r"(?:have|get|do|switch\s+to|swap\s+to)\s+(?:the\s+)?$"
)


# "... instead of the ny strip? everything else stays the same": the rest of the order said to
# stand after the question makes it a change of the order asked for, priced as a price asked is
# (round q84c); the question alone ("can 4 of them get lobster instead of shrimp?") still asks
_REST_STANDS = re.compile(
    r"\b(?:everything|all|the\s+rest)\s+else\s+(?:stays|is|remains|can\s+stay)\s+(?:the\s+)?same\b"
    r"|\b(?:the\s+)?rest\s+(?:of\s+the\s+order\s+)?(?:stays|is|remains|can\s+stay)\s+(?:the\s+)?same\b"
    r"|\bkeep\s+everything\s+else\b"
)


# the price word that opens a priced "if": "what if", "what would it be if", "how much if"
_WHAT_OR_HOW = re.compile(r"(?:what\s+if|what\s+(?:would|will|is|'s)\s+(?:it|that|the\s+(?:total|price))"
                          r"\s+(?:be|cost|come\s+to)?\s*if|how\s+much\b)")
# "what would it be if 4 of the guests had salmon", "how much if 3 of them got lobster", "what if
# 2 of us did filet": the price asked first, then the guests of the swap it is for (round q80c)
_PRICED_IF_SOME = re.compile(
    r"\b(?:what|how\s+much)\b[^.?!\n]{0,40}?\bif\s+(\d{1,3})\s+of\s+(?:them|us|those|the\s+[a-z]+|"
    r"our\s+[a-z]+)\s+(?:had|have|got|get|did|do|went\s+with|switched\s+to)\s+(?:the\s+)?$"
)


def priced_some(text: str, start: int) -> tuple[int, Span] | None:
    """ "can 5 of them have lobster instead of the strip? how much more would that be", "what
    would it be if 4 of the guests had salmon instead of tofu": how many guests the swap at
    `start` in normalized `text` is for, and the words read, when its price is asked (or the rest
    of the order is said to stand); else None."""
    if (m := _PRICED_IF_SOME.search(text, max(0, start - 90), start)) and _WHAT_OR_HOW.match(m.group(0)):
        return int(m.group(1)), (m.start(), start)
    m = _CAN_SOME.search(text, max(0, start - 40), start)
    if m is None or not (_PRICE.search(text, start) or _REST_STANDS.search(text, start)):
        return None
    return int(m.group(1)), (m.start(), start)
