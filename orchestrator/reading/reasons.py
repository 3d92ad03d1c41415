"""The reasons of the checks a careful reader raises that later readers look for: one wording
function (or constant) for where a check is raised and where it is found, and the `Reason` that
carries its kind, the customer's words and its numbers. Kept free of the reading's patterns, so
that the order's own checks (`reading.order`, loaded by the web app through the quoted order) do
not load the reading."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def unplaced(number: int | str) -> str:
    """The reason of the check on a number the reading did not place in the order: one wording,
    which a later reading that places the number (an answer, a recount) drops by equality."""
    return f"did not place the number {number} in the order"


class Reason(str):
    """The reason of a check (or a note, as `all_adults_note`'s) worded by one of the functions
    below, with what a later reader needs of it: the kind of check (`kind`, the wording
    function's constant), the customer's words it quotes (`words`) and the numbers it names
    (`numbers`). A reader finds a check by these or by equality with its wording function's
    output, never by the reason's text, so a change of wording changes no reading. It is its text
    (equal, hashed and shown as it), so the checks stay (field, reason) pairs of strings."""

    kind: str
    words: str
    numbers: tuple[int, ...]


def worded(text: str, kind: str, words: str = "", numbers: tuple[int, ...] = ()) -> Reason:
    """`text` as the `Reason` of a check of `kind`, quoting `words` and naming `numbers`."""
    reason = Reason(text)
    reason.kind, reason.words, reason.numbers = kind, words, numbers
    return reason


def of_kind(reason: str, kind: str) -> bool:
    """Whether `reason` is a check's reason worded here as one of `kind`."""
    return isinstance(reason, Reason) and reason.kind == kind


def quoted(reason: str) -> str:
    """The customer's words a check's `reason` quotes ("" if it was not worded with any)."""
    return reason.words if isinstance(reason, Reason) else ""


def numbers_of(reason: str) -> tuple[int, ...]:
    """The numbers a check's `reason` names (none if it was not worded with any)."""
    return reason.numbers if isinstance(reason, Reason) else ()


# The kinds of "did not understand '...'" checks a later reader looks for (each the reason's
# explanation in brackets, one wording for the raiser and the finder)
SOME_KIDS = "some may be kids: how many?"  # "mostly adults": kids asked, a count's reply
BY_REFERENCE = "an order named by reference, not stated"  # "same as last time"


def not_understood(words: str, why: str) -> str:
    """The reason of the check on customer's `words` the reading did not understand, `why` its
    explanation (its kind: `SOME_KIDS`, "a group not counted", ...)."""
    return worded(f"did not understand '{words}' ({why})", why, words)


AGES_NOT_GIVEN = "ages not given"


@lru_cache(maxsize=64)
def ages_not_given(count: int) -> str:
    """The reason of the check on `count` kids counted without their ages, priced as 6-12: the
    kids' new count of a later message (`kids_now`) drops it by equality."""
    return worded(f"ages of the {count} kids not given: priced as 6-12", AGES_NOT_GIVEN,
                  numbers=(count,))  # fmt: skip


KIDS_AMONG_UNPLACED = "kids among a count not in the order"  # "5 of the 20 are kids" alone


SAID_BEYOND = "said beyond"


def said_beyond(said: str, count: int, read: int, band: str) -> str:
    """The reason of the check on a count of guests `said` ("'3 people'", its number `count`)
    beyond the `read` guests of its `band` the reading counts."""
    return worded(f"'{said}' but {read} {band} read: how many?", SAID_BEYOND, said, (count, read))


AMBIGUOUS_WORD = "an ambiguous word priced as the catalog's assumption"


def ambiguous_word(word: str, assumed: str, other: str, upgrade: object) -> str:
    """The reason of the check on an ambiguous `word` ("steak") priced as the catalog's `assumed`
    option, not `other` (`upgrade` more): the assumption the reply states, found by its kind."""
    return worded(f"'{word}' could be {assumed} or {other} (+${upgrade}): priced {assumed}",
                  AMBIGUOUS_WORD, word)  # fmt: skip
