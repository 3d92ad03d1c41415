"""A count of our quote the customer says is wrong ("we are thirteen adults, not thirty", "its 14
not 12!" after our quote of 30 or of 12 adults): the quote misread the party, and the count denied
is the quote's, not one of the order the customer's own messages give (round q82g). The words that
deny it are taken out of the message, so the count it states is read as any corrected count is,
against the customer's order; left in, "not 30" was a count the order does not have, asked.

Only a count our latest quote states as a guest band or as all its guests, never said in the
customer's earlier messages, is taken out, and only where nothing but a guest word follows it
("not 12 shrimp" names a portion, "not 12 till later" more than a count: both stay as written).
Nor where the count before it, one the customer's earlier messages said, is read only with the
count it replaces ("lol no i said 12 not 21 😅" after "12 adults", "it should be 12 not 21":
`new_totals.BARE_TOTAL`): taken out, "i said 12" alone is no count read; left in, that reading
and the quote's misread settled (`quote_misread`) read it (round q82t)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from orchestrator.reading.alternation import alternation
from orchestrator.reading.totals_said_back import quoted_counts, quoted_guests
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, normalize

_GUEST = alternation((*ADULT_WORDS, *KID_WORDS, *PEOPLE_WORDS))
# ", not 30", "not thirty adults", "not 12!": the count denied, a guest word at most after it, then
# the sentence's end (a stop, a bracket, an emoji, the message's end), laughter before it at most
# ("lol no i said 13 not 21 haha" is the denial "😅" closes, round q82u)
_DENIED = re.compile(
    rf"\s*,?\s*\bnot\s+(?P<count>\d{{1,3}}|[a-z]+(?:[- ][a-z]+)?)(?:\s+(?:{_GUEST}))?\b"
    r"(?=(?:\s*,?\s*\b(?:a?ha(?:ha)+h?|lol+|lmao+|hehe+|jk)\b)*\s*(?:[.!?;)]|[^\x00-\x7f]|\Z))",
    re.IGNORECASE,
)


# the words before a denial that only it makes a new count: "i said 12", "we said 12", "i meant 14",
# "(it) should be 12", "shouldn't it be 12", "*16", "we'll be 9 now" (as `new_totals` reads them)
_READ_WITH_DENIAL = re.compile(
    r"(?:\b(?:i|we)\s+said|\bi\s+meant|\bshould\s+be|\bshould(?:n'?t|\s+not)\s+it\s+be|\*"
    r"|\b(?:we'll|we\s+will)\s+be)\s*(\d{1,3})(?:\s+now)?\s*\Z",
    re.IGNORECASE,
)


def _count(words: str) -> int | None:
    """ "30", "thirty", "twenty-two" as a number; None for other words."""
    said = normalize(words.replace("-", " "))
    return int(said) if said.isdigit() else None


def _restated(text: str, said: Set[int]) -> bool:
    """Whether `text` (the words before a denial) ends in a count read only with the denial
    ("lol no i said 12") that the customer's earlier messages said: their count restated against
    the quote's. One they never said ("i said 13" after "12 adults") is no restatement: taken out,
    the denial leaves words read as no count, asked."""
    m = _READ_WITH_DENIAL.search(text)
    return m is not None and int(m.group(1)) in said


def without_quoted_denied(text: str, quoted: set[int], said: Set[int] = frozenset()) -> str:
    """`text` without each "not N" whose N is one of the `quoted` counts of our quote, but where
    the count before it restates one of the counts the customer `said` (`_restated`)."""
    for m in reversed(list(_DENIED.finditer(text))):
        if _count(m.group("count")) in quoted and not _restated(text[: m.start()], said):
            text = text[: m.start()] + text[m.end() :]
    return text


def quoted_counts_denied(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The turns with each customer message after our quote freed of the words denying one of
    that quote's guest counts (the latest quote before it: "wait", then "its 14 not 12"), when
    the customer's earlier messages never said that count: a count they said ("32 adults", then
    "sorry i meant 23 not 32") is their own taken back, read as it always was."""
    out: list[tuple[str, str]] = []
    quoted: set[int] = set()
    said: set[int] = set()
    for role, text in turns:
        if role == "business":
            guests = quoted_guests(text)
            quoted = quoted_counts(text) | {guests} if guests else quoted
        elif quoted - said:
            text = without_quoted_denied(text, quoted - said, said)
        if role == "customer":
            said |= {int(n) for n in re.findall(r"\b\d{1,3}\b", normalize(text))}
        out.append((role, text))
    return out
