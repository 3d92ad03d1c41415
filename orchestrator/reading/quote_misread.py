"""A message that tells our latest quote it misread the order (round q82f): "it's 18 adults, not
8" after "Quote for 8 adults ..." when the customer had said 18; "our oldest is 13 so I think he's
adult price? You have 3 kids on there" after a quote that priced the kids (13, 10, 7) as three of
6-12; "its 2 kids not 3 lol. just the 8 and 11 yr old". The customer corrects the quote, not an
order of their own: the order their earlier messages state stands.

Two readings. A count taken back that the quote states ("not 8", "not 24") is explained by the
quote: its "was" check (`replaced.repeated_counts`: a count the order does not have) is settled
(`misread_settled`). And a message whose every number is explained by the quote or the order
before it (`misread_order`) leaves that order as it was: a count of the quote said back to it
("you have 3 kids on there", "u have 11 adults") or taken back ("not 3"), an age of the order's
kids ("the baby is 1", "my son is 12 tho"), a count of the order itself ("should be 2 + the baby").
It must name the quote's count (said back or taken back), the quote must differ from the order in
its guests, and the message must change nothing else (no protein, add-on, ZIP, guests coming or
going) nor raise a check besides those of the numbers it explains; else it is read as it says.

The count taken back is named in the message as written: `quote_count_denied` takes "not 3" out
of the text read before this reading sees it, so "its 2 kids not 3 lol. just the 8 and 11 yr old"
names the quote's 3 by the message the customer sent (round q83a). `misread_quote` is the entry
point; the words of a denial (and the laughter closing it) are `quote_count_denied`'s."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orchestrator.reading.history import merge_history
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.our_quote import OurQuote, our_quotes
from orchestrator.reading.quote_count_denied import TAKEN_BACK, denied_counts
from orchestrator.reading.reasons import AGES_NOT_GIVEN, of_kind, unplaced
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS, normalize

Turn = tuple[str, str]

# the words before a count said back as the quote's: "you have 3 kids on there", "u put 11 adults",
# "the quote says 24", "it has 9 adults"
_SAID_BACK = re.compile(
    r"\b(?:(?:you|u|ya|y'all)\s+(?:have|got|put|wrote|listed|counted|charged(?:\s+for)?|quoted|priced)"
    r"|(?:quote|it)\s+(?:says|has|shows|lists))\s+(?:it\s+as\s+|us\s+as\s+|only\s+|just\s+)?\Z"
)
# the guests the quote left out: "u missed one", "you forgot 2" (as many as it counts fewer)
_LEFT_OUT = re.compile(r"\b(?:you|u)\s+(?:missed|forgot|left\s+(?:out|off)|dropped)\s+\Z")
# an age: "is 13", "he's 12", "turns 13", "the 8 and 11 yr old", "the 5 yr old"
_AGE_BEFORE = re.compile(r"(?:\b(?:is|turns?|turned|turning|will\s+be|ages?|aged)|'s)\s+\Z")
_AGE_AFTER = re.compile(
    r"(?:\s*(?:,|and|&)\s*\d{1,2})*\s*-?\s*(?:yrs?|years?|yo|y/o|y\.o\.)(?:\s*-?\s*olds?)?\b"
)
_WORD = re.compile(r"\s*([a-z]+)")
_BAND_WORDS = {
    "adults": {*ADULT_WORDS},
    "kids": {*KID_WORDS, *TODDLER_WORDS},
    "guests": {*PEOPLE_WORDS, "of"},  # "10 of us"
}
_MORE = re.compile(r"\s*(?:more|extra|additional|else|others?)\b")
# a number of the message: not an amount ("$60"), not part of a ZIP, a time or a decimal
NUMBER = re.compile(r"(?<![\d$.,:/])\d{1,3}(?![\d.,:/]\d|\d)")


def latest_quote(turns: Sequence[Turn]) -> OurQuote | None:
    """The quote of the business reply right before the message answered (None: the reply
    before it is the customer's, or has no quote of ours, or several options)."""
    if not turns or turns[-1][0] != "business":
        return None
    found = our_quotes(turns[-1][1])
    return found[0] if len(found) == 1 else None


def quoted_counts(quote: OurQuote) -> set[int]:
    """The counts the quote states: each band's guests, the guests in all, each protein's
    portions."""
    bands = [n for n, _ in quote.bands]
    return {*bands, sum(bands), *(n for n, _ in quote.portions)}


def misread_settled(inquiry: Inquiry, turns: Sequence[Turn]) -> Inquiry:
    """`inquiry` (the conversation's order) without the "was" checks of counts our latest quote
    states, when the customer names them as what the quote got wrong; `turns`: the earlier turns
    as (role, text), oldest first, the message answered not among them."""
    quote = latest_quote(turns)
    if quote is None:
        return inquiry
    misread = {f"'not {n}': a count the order does not have" for n in quoted_counts(quote)}
    checks = tuple(c for c in inquiry.checks if not (c[0] == "was" and c[1] in misread))
    return inquiry if checks == inquiry.checks else replace(inquiry, checks=checks)


def quote_and_before(
    read: Sequence[Inquiry], turns: Sequence[Turn]
) -> tuple[OurQuote, Inquiry, Inquiry] | None:
    """Our latest quote in `turns`, the order before the message (the earlier messages of `read`
    merged) and the message read alone; None without a quote right before it or an earlier
    message. Each reader of a message against our quote starts here."""
    quote = latest_quote(turns)
    if quote is None or len(read) < 2:
        return None
    return quote, merge_history(read[-2], read[:-2]), read[-1]


def quote_bands(quote: OurQuote) -> tuple[int, int, int] | None:
    """The quote's guests as (adults, 6-12, 5 and under); None when a band's words are none the
    responder writes."""
    found = [0, 0, 0]
    for n, words in quote.bands:
        if words.startswith("adult"):
            found[0] += n
        elif "5 and under" in words or "under 6" in words:
            found[2] += n
        elif "6-12" in words:
            found[1] += n
        else:
            return None
    return found[0], found[1], found[2]


def changes_nothing(last: Inquiry, before: Inquiry) -> bool:
    """Whether the message read alone names no item, place or guests coming or going; a protein
    of the order named plainly ("she won't be eating a lobster tail lol") changes nothing."""
    ordered = {a.protein for a in before.proteins}
    plain = all(
        a.protein in ordered and a.portions is None and a.group is None and not a.extra
        for a in last.proteins
    )
    return plain and not (
        last.add_ons or last.zip_code or last.removed or last.removed_add_ons
        or last.swaps or last.partial_swaps or last.changes or last.kids_more or last.adults_added
        or last.add_ons_off or last.portions_off or last.extras_off or last.moves
    )  # fmt: skip


def _own_count(n: int, after: str, own: dict[str, set[int]]) -> bool:
    """Whether `n` is a count of the order by the word after it ("2 kids" the order's kids, "10
    adults" its adults, "12 people" its guests; "2 + the baby" any of its counts)."""
    word = _WORD.match(after)
    band = next((b for b, words in _BAND_WORDS.items() if word and word.group(1) in words), "any")
    return n in own[band]


def _number_explained(
    n: int, before: str, after: str, counts: tuple[set[int], set[int], dict[str, set[int]], int]
) -> str | None:
    """How the number `n` (`before` and `after`: the words around it) is explained: "quote" (a
    count of the quote said back or taken back, or the guests it left out), "age" (an age of the
    order's kids), "own" (a count of the order); None when it is not. `counts`: the quote's counts,
    the kids' ages, the order's counts by band and the guests the quote counts fewer."""
    quoted, ages, own, short = counts
    if n in quoted and (_SAID_BACK.search(before) or TAKEN_BACK.search(before)):
        return "quote"
    if n == short and _LEFT_OUT.search(before):
        return "quote"
    if n in ages and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(after)):
        return "age"
    if _own_count(n, after, own) and not _MORE.match(after) and not TAKEN_BACK.search(before):
        return "own"
    return None


def numbers_explained(
    text: str, counts: tuple[set[int], set[int], dict[str, set[int]], int], denied: bool = False
) -> dict[int, str] | None:
    """Each number of `text` and how it is explained (`_number_explained`), when every one is and
    at least one is the quote's (or the message as sent `denied` one of the quote's counts, taken
    out of `text`); None otherwise."""
    found: dict[int, str] = {}
    for m in NUMBER.finditer(text):
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() :]
        how = _number_explained(int(m.group()), before, after, counts)
        if how is None:
            return None
        found.setdefault(int(m.group()), how)
    return found if denied or "quote" in found.values() else None


def _explained_check(check: tuple[str, str], found: dict[int, str]) -> bool:
    """Whether a check of the message read alone is one of the numbers it explains (or of kids
    counted again without their ages, who are the order's)."""
    field, why = check
    if field == "was" or why in {unplaced(n) for n in found}:
        return True
    if field.startswith("again_"):  # "the 5 yr old is free too right?": a kid of the order's ages
        age = re.search(r"\d+", why)
        return age is not None and found.get(int(age.group())) == "age"
    return field == "kids" and (of_kind(why, AGES_NOT_GIVEN) or "kids mentioned without a number" in why)


def misread_quote(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], sent: str,
    *, whole: bool = True,
) -> Inquiry:
    """`inquiry` (the conversation's order) read against our latest quote: its "was" checks of
    the quote's counts settled (`misread_settled`) and, when `whole` (the message itself is about
    the quote), the order before the message kept when the message only tells the quote it misread
    that order (`misread_order`). `text`: the message as read, `sent`: as the customer sent it."""
    inquiry = denial_unread(misread_settled(inquiry, turns), read, turns, sent)
    return misread_order(inquiry, read, text, turns, sent) if whole else inquiry


def denial_unread(
    inquiry: Inquiry, read: Sequence[Inquiry], turns: Sequence[Turn], sent: str
) -> Inquiry:
    """The order before the message, its count asked, when the message as `sent` denies a count
    of our latest quote and is read as no order ("lol no i said 13 not 21 lmao" after "12 adults":
    the 13 claims a count never said, and the denial taken out leaves none): staff see why it
    asks (a check on the guests), not a message unread (round q83i). `inquiry` otherwise."""
    quote = latest_quote(turns)
    if inquiry.quote_related or quote is None or len(read) < 2:
        return inquiry
    denied = denied_counts(normalize(sent), quoted_counts(quote))
    before = merge_history(read[-2], read[:-2])
    if not denied or not before.has_guests:
        return inquiry
    why = (f"'not {max(denied)}': the customer denies our quote's count, and the count said "
           f"with it is none their messages gave ({before.paying} before): which is it?")
    return replace(before, topics=inquiry.topics | before.topics,
                   checks=(*before.checks, ("guests", why)))  # fmt: skip


def misread_order(
    inquiry: Inquiry, read: Sequence[Inquiry], text: str, turns: Sequence[Turn], sent: str = ""
) -> Inquiry:
    """The order before the message (`before`: the earlier messages' order) when the message
    `text` only tells our latest quote it misread that order; `inquiry` (the conversation read
    with the message) otherwise. `read`: each customer message read alone, the last `text`;
    `sent`: the message as sent, whose denial of a quote's count ("not 3") `text` has lost."""
    against = quote_and_before(read, turns)
    if against is None:
        return inquiry
    quote, before, last = against
    bands = quote_bands(quote)
    own_bands = (before.adults or 0, before.children or 0, before.toddlers or 0)
    if bands is None or bands == own_bands or not before.has_guests:
        return inquiry  # the quote priced the guests the order has: nothing misread
    if not changes_nothing(last, before):
        return inquiry
    ages = {a for r in read[:-1] for a in (*r.kid_ages, *r.told_ages, *r.relation_ages)}
    kids = {own_bands[1], own_bands[1] + own_bands[2]} - {0}
    everyone = {before.paying, sum(own_bands)}
    own = {"adults": {own_bands[0]}, "kids": kids, "guests": everyone,
           "any": {*own_bands, *kids, *everyone} - {0}}  # fmt: skip
    counts = (quoted_counts(quote), ages | set(before.kid_ages), own, sum(own_bands) - sum(bands))
    denied = bool(denied_counts(normalize(sent), counts[0]))
    found = numbers_explained(normalize(text), counts, denied)
    if found is None or not all(_explained_check(c, found) for c in last.checks):
        return inquiry
    return replace(before, topics=last.topics | before.topics)
