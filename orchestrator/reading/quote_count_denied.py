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
and the quote's misread settled (`quote_misread`) read it (round q82t).

The words of a denial are this module's, for `quote_misread` too (one reader, in two steps: this
one before the messages are read, `quote_misread.misread_quote` after). Laughter closing the
denial goes out with it, as an emoji would: a laugh never decides between priced and asked ("no
its 13 not 21 haha" prices the 13 said outright; "lol no i said 13 not 21 haha" after "12 adults"
claims a count never said, and asks). The customer's sum of couples into people given as the
denial's reason ("2 couples is 4 people, so it should be 26 adults, not 24") goes out with it
when right and another count remains (round q83a)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from orchestrator.reading.alternation import alternation
from orchestrator.reading.new_totals import LAUGH
from orchestrator.reading.totals_said_back import quoted_counts, quoted_guests
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, normalize

_GUEST = alternation((*ADULT_WORDS, *KID_WORDS, *PEOPLE_WORDS))
# an apology closing the denial: "no its 13 not 21 sorry" reads as "no its 13 not 21" (round q83i)
_SORRY = r"(?:sorry|oops|my\s+bad)"
_EMOJI = "[\U0001f000-\U0001ffff\u2600-\u27bf\ufe0f\u200d]+"  # "😂", "😅🙏", "☺️"
# ", not 30", "not thirty adults", "not 12!": the count denied, a guest word at most after it, then
# laughter or an apology at most, then the sentence's end (a stop, a bracket, an emoji, the
# message's end). The laughter goes out with the denial, as an emoji closing it does: "no its 13
# not 21 haha" reads as "no its 13", priced as "no its 13 not 21" and "no its 13 not 21 😅" are;
# so do emoji beside the laughter ("not 21 😂 lol", round q83a) and an apology ("sorry", q83i)
_DENIED = re.compile(
    rf"\s*,?\s*\bnot\s+(?P<count>\d{{1,3}}|[a-z]+(?:[- ][a-z]+)?)(?:\s+(?:{_GUEST}))?\b"
    rf"(?:\s*,?\s*(?:\b{LAUGH}\b|\b{_SORRY}\b|{_EMOJI}))*(?=\s*(?:[.!?;)]|[^\x00-\x7f]|\Z))",
    re.IGNORECASE,
)
# the words before a count taken back: "not 3", "instead of 24", "rather than 12"
TAKEN_BACK = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+\Z")
# "2 couples is 4 people, so": the customer's own sum of couples into people, said as the reason
# for the count the quote got wrong; a count of some guests, never the party's (round q83a)
_COUPLES_SUM = re.compile(
    r"\b(\d{1,2})\s+(?:more\s+)?couples?\s+(?:is|are|=|means|makes?)\s+(\d{1,2})\s+"
    r"(?:people|ppl|guests|adults|persons)\b(?:\s*,?\s*(?:so|which\s+means)\b)?\s*,?\s*",
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


def denied_counts(text: str, quoted: Set[int]) -> set[int]:
    """The `quoted` counts (our quote's) that `text` denies ("its 2 kids not 3 lol")."""
    counts = (_count(m.group("count")) for m in _DENIED.finditer(text))
    return {n for n in counts if n is not None and n in quoted}


def without_quoted_denied(text: str, quoted: set[int], said: Set[int] = frozenset()) -> str:
    """`text` without each "not N" whose N is one of the `quoted` counts of our quote, but where
    the count before it restates one of the counts the customer `said` (`_restated`); and, when one
    was taken out, without the customer's sum of couples into people given as its reason
    (`_without_couples_sum`)."""
    taken = False
    for m in reversed(list(_DENIED.finditer(text))):
        if _count(m.group("count")) in quoted and not _restated(text[: m.start()], said):
            text, taken = text[: m.start()] + text[m.end() :], True
    return _without_couples_sum(text) if taken else text


def _without_couples_sum(text: str) -> str:
    """`text` without "N couples is 2N people" (the sum right: a couple is two) when a count is
    left to say the party ("2 couples is 4 people, so it should be 26 adults"); a sum wrong ("3
    couples is 5 people") or the only count said stays, read as written, and asks."""
    m = _COUPLES_SUM.search(text)
    if m is None or int(m.group(2)) != 2 * int(m.group(1)):
        return text
    rest = text[: m.start()] + text[m.end() :]
    return rest if re.search(r"\b\d{1,3}\b", rest) else text


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
