"""The business's quote confirmed and booked ("looks right, book it 👍 sat the 14th", "si todo bien,
go ahead and book it 🙏", "yep thats right now, book it for june 6 pls" after a corrected quote,
round q80i): the latest quote's order quoted again, so the draft carries the order staff book
from, with the deposit sentence and the date or billing question beside it for staff. Read as
written, the message had no order of its own and got the deposit policy alone, no total.

Only a message that says nothing besides the confirmation, the booking, a date or time, a
payment question and the writer's name signed under it ("Yes, please book it for Saturday the
13th!\n\nLinh Pham", round q82k), right after the business's reply holding one quote. A latest quote that
answered a what-if ("what if we added the sake service?") is booked only when the message names
what it changed ("lets do the filet one, book it"); "ok book it" naming neither of two quotes is
asked (`booking_unsettled`), as is "book it" with no quote given yet (which order?).

The quotes are found by `our_quote`, the one parser of our quote text: the corpora's "Quote for
..." and the gateway's own sentence or breakdown alike (round q81h; read through the options'
`quotes`, our own, whose place is a town and no ZIP, were none, and "book it" asked which order)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.booking_said import (
    DEPOSIT_ASKED,
    PAY_DEPOSIT,
    guests_agreed,
    other_total,
    total_agreed,
    without_amounts,
)
from orchestrator.reading.date_words import CLOCK, MONTH, ORDINAL, WEEKDAY_ABBR, WEEKDAYS
from orchestrator.reading.our_quote import our_quotes, quoted_total
from orchestrator.reading.prices_offered import choice_unsaid
from orchestrator.reading.taken_back import food_words, foods

# "book it", "go ahead and book us", "lock it in", "reserve the date", "confirm the booking"
_BOOK = re.compile(
    r"\b(?:book|reserve|reserva(?:lo|r)?)\s+(?:it|us|that|this|the\s+(?:date|day|party|event))\b"
    r"|\block\s+(?:it|that|us|the\s+date)\s+in\b|\block\s+in\s+the\s+date\b"
    r"|\bconfirm\s+(?:it|the\s+booking)\b|\blets\s+book\b|\blet's\s+book\b"
    # "we would like to proceed with the booking" (round q84a)
    r"|\b(?:proceed|go\s+ahead)\s+with\s+(?:the\s+)?(?:booking|reservation)\b"
)
# the weekday's Spanish names beside the shared English ones (dates.py reads Spanish through
# spanish_dates, outside the readers)
_DAY = rf"(?:{WEEKDAY_ABBR})(?:day)?|{'|'.join(WEEKDAYS)}|s[aá]bado|domingo|viernes"
# the date and time the customer names (staff confirm it): "sat the 14th", "june 6", "Saturday,
# August 8", "8/14", "el sabado 12", "at 6", "5pm" ("sat 10/25 @ 6": the weekday before a date
# written with a slash, the time after an at sign, round q84a)
_WHEN = re.compile(
    rf"\b(?:(?:this|next)\s+)?(?:{_DAY})\b(?:\s*,?\s*(?:the\s+)?(?:{ORDINAL}|\d{{1,2}}\b(?!/)))?"
    rf"|\b{MONTH}\s+(?:{ORDINAL}|\d{{1,2}}\b)(?:\s*,?\s*20\d\d)?"
    rf"|\bthe\s+{ORDINAL}|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|(?:\bat\s+|@\s*)?{CLOCK}|(?:\bat\s+|@\s*)\d{{1,2}}(?::\d\d)?\b"
)
# a payment question or request beside the booking ("can i pay the deposit by card?", "could you
# send the invoice to me?"): billing for staff, no change of the order
_PAYING = re.compile(
    r"\b(?:can|could|do|may)\s+(?:i|we)\s+pay\s+(?:the\s+)?(?:deposit|balance|rest|it)?\s*"
    r"(?:by|with|via|using|through|over)\s+(?:a\s+)?(?:credit\s+|debit\s+)?"
    r"(?:card|cc|check|cheque|cash|venmo|zelle|paypal|apple\s+pay)\b"
    r"|\b(?:(?:can|could)\s+(?:you|u)\s+|please\s+|pls\s+)?send\s+(?:me\s+|us\s+)?(?:the|an|a)\s+"
    r"(?:invoice|deposit\s+link|payment\s+link)(?:\s+to\s+(?:me|us))?\b"
)
# an email's sign-off and the lines of its signature after it
_SIGNATURE = re.compile(
    r"\n\s*(?:thanks|thank you|best|regards|best regards|cheers|sincerely|gracias)\b[^\n]*"
    r"(?:\n[^\n]{0,40}){0,3}\s*$"
)
# words that confirm and ask nothing else ("looks right", "yep thats right now", "omg perfect")
_FILLER = re.compile(
    r"(?:[\W_]|\b(?:ok|okay|k|kk|cool|sweet|nice|alright|yes+|yeah|yep|yup|ya|sure|looks?|right|good|great|correct|perfect|"
    r"awesome|amazing|sounds|all|that|thats|that's|this|it|its|it's|everything|is|set|now|go|ahead|"
    r"and|please|pls|plz|lets|let's|let|us|we|i|i'd|we'd|like|to|want|wanna|omg|wow|love|hi|hello|"
    r"hey|thanks|thank|you|thx|ty|for|on|the|date|so|then|just|also|si|sí|todo|bien|perfecto|"
    r"bueno|gracias|por|favor|listo|para|el|la|de|hola|confirmed|book|in|lock|reserve|do|"
    # the quote's total agreed to, once blanked ("ok 550 is fine", "the $1,305.00 total works for
    # us", "deal 🤝", "el total de $880 está bien", round q84a)
    r"fine|works?|total|deal|price|está|esta|with|me|would|quote)\b)*"
)
# a question about the order before the latest quote: the quote answered a what-if
_WHAT_IF = re.compile(r"\?|\b(?:what\s+if|what\s+about|how\s+about|how\s+much|if\s+we)\b")
# the latest quote named as such ("the new one", "the updated quote", "the 2nd one")
_LATEST = re.compile(
    r"\b(?:the\s+)?(?:new|updated|latest|last|second|2nd)\s+(?:one|quote|option|version)\b"
)
REWRITTEN = "ok go with that quote. "
_AT_SIGN = re.compile(r"@\s*(?=\d)")


@lru_cache(maxsize=8)
def _chosen_food(catalog: Catalog) -> re.Pattern[str]:
    """A protein of the catalog named as the quote chosen ("lets do the filet one")."""
    food = food_words(catalog)
    return re.compile(rf"\b(?:(?:do|go\s+with|take|with)\s+)?(?:the\s+)?{food}(?:\s+one)?")


def _blank(text: str, m: re.Match[str]) -> str:
    """`text` with the words of `m` blanked out."""
    return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]


def _rest(text: str) -> str:
    """The words of lower-case `text` besides its signature, dates, payment questions and booking."""
    text = _SIGNATURE.sub(" ", text)
    for pattern in (_PAYING, DEPOSIT_ASKED, _WHEN, _BOOK):
        text = pattern.sub(" ", text)
    return text


# an email's last paragraph that is the writer's name alone ("Yes, please book it for Saturday
# the 13th!\n\nLinh Pham"): capitalized words, no digit (round q82k)
_NAME_SIGNED = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][a-z'.-]+(?:[ \t]+[A-Z][a-z'.-]+){0,2}[ \t]*\Z")


def only_booking_words(text: str) -> bool:
    """Whether lower-case `text` says nothing but a booking's words: a date or time, a booking, a
    payment question, confirming words ("on saturday the 14th?", ", book it for sat 6/13")."""
    return _FILLER.fullmatch(_rest(text)) is not None


def book_request(text: str, total: Decimal | None = None) -> bool:
    """Whether `text` asks to book and says nothing else of the order. Right after a quote of
    `total`, its total said back agrees ("ok 550 is fine, book it") and a question of paying the
    deposit books it as well ("sounds good, how do i pay the deposit?", round q84a)."""
    low = _NAME_SIGNED.sub("", text.rstrip()).lower()
    booked = _BOOK.search(low) is not None
    if total is not None:
        booked = booked or PAY_DEPOSIT.search(low) is not None
        low = total_agreed(low, total)
    return booked and _FILLER.fullmatch(_rest(low)) is not None


def _quote_at(turns: Sequence[tuple[str, str]]) -> list[int]:
    """Where the business's replies holding one quote are in `turns` (the last turn left out)."""
    return [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and len(our_quotes(t)) == 1]


def _what_if(turns: Sequence[tuple[str, str]], at: Sequence[int]) -> bool:
    """Whether the latest of two or more quotes answered a question of the customer's."""
    if len(at) < 2:
        return False
    asked = [t for r, t in turns[at[-2] + 1 : at[-1]] if r == "customer"]
    return any(_WHAT_IF.search(t.lower()) for t in asked)


def _choice(
    text: str, turns: Sequence[tuple[str, str]], at: Sequence[int], catalog: Catalog
) -> str | None:
    """`text` with the words naming the latest quote blanked (a protein it has that the quote
    before did not, or "the new one"); None when it names none of it or one of the earlier."""
    if m := _LATEST.search(text):
        return _blank(text, m)
    latest, before = (our_quotes(turns[i][1])[0].head.lower() for i in (at[-1], at[-2]))
    named, names = list(_chosen_food(catalog).finditer(text)), foods(catalog)
    if not named or any(names[m.group("food")].lower() in before for m in named):
        return None
    if not all(names[m.group("food")].lower() in latest for m in named):
        return None
    for m in reversed(named):
        text = _blank(text, m)
    return text


def quote_booked(turns: Sequence[tuple[str, str]], catalog: Catalog) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with a booking of the
    latest quote written as going with that quote, the date and payment words kept beside it;
    as they were otherwise."""
    turns = list(turns)
    if len(turns) < 3 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    at = _quote_at(turns)
    if not at or at[-1] != len(turns) - 2:
        return turns
    text = _NAME_SIGNED.sub("", turns[-1][1].rstrip()).lower()  # "...\n\nLinh Pham": the name
    if _what_if(turns, at) and (text := _choice(text, turns, at, catalog) or "") == "":
        return turns
    if not book_request(text, quoted_total(turns[-2][1])):
        return turns
    # "sat 10/25 @ 6": the time written with "at", as the readers of times know it (round q84a)
    return [*turns[:-1], ("customer", REWRITTEN + _AT_SIGN.sub("at ", text))]


def booking_unsettled(turns: Sequence[tuple[str, str]]) -> str | None:
    """Why a booking request `turns[-1]` names no order to book: no quote given yet, or two
    quotes (the latest a what-if) and the message naming neither; None otherwise."""
    if not turns or turns[-1][0] != "customer":
        return None
    # "ok cool book it" after a reply giving two prices: which one? (round q84j)
    if why := choice_unsaid(turns) or _price_disagreed(turns) or _more_said(turns):
        return why
    if not book_request(turns[-1][1]):
        return None
    at = _quote_at(turns)
    if not at:
        return "a booking asked before any quote: which order?"
    if at[-1] == len(turns) - 2 and _what_if(turns, at):
        return "a booking after a quote and a what-if's quote, naming neither: which one?"
    return None


def _price_disagreed(turns: Sequence[tuple[str, str]]) -> str | None:
    """Why a booking right after our quote names another total ("ok 600 is fine, book it for sat"
    after a quote of $660): which price did the customer mean? None otherwise (round q84a)."""
    if len(turns) < 3 or turns[-2][0] != "business" or len(our_quotes(turns[-2][1])) != 1:
        return None
    total = quoted_total(turns[-2][1])
    low = _NAME_SIGNED.sub("", turns[-1][1].rstrip()).lower()
    if total is None or not (_BOOK.search(low) or PAY_DEPOSIT.search(low)):
        return None
    if why := count_disagreed(turns):
        return why
    if (said := other_total(low, total)) is None:
        return None
    if _FILLER.fullmatch(_rest(without_amounts(total_agreed(low, total)))) is None:
        return None  # more said than the booking: read as a change, the safety net asks
    return f"a booking at ${said} that is not our quote's total (${total}): which price?"


def count_disagreed(turns: Sequence[tuple[str, str]]) -> str | None:
    """Why a booking right after our quote says its total for another number of guests ("ok $660
    for 14 people works, book it" after our $660 for 12): the price or the count? Read as it was,
    14 was priced at $770 with no flag (round q84o). None otherwise."""
    if len(turns) < 3 or turns[-2][0] != "business" or len(our_quotes(turns[-2][1])) != 1:
        return None
    total = quoted_total(turns[-2][1])
    low = _NAME_SIGNED.sub("", turns[-1][1].rstrip()).lower()
    if total is None or not (_BOOK.search(low) or PAY_DEPOSIT.search(low)):
        return None
    guests = sum(n for n, _ in our_quotes(turns[-2][1])[0].bands)
    if (told := guests_agreed(low, total)) is None or told == guests:
        return None
    return f"a booking at our total (${total}) said for {told} guests, our quote's {guests}: which?"


def _more_said(turns: Sequence[tuple[str, str]]) -> str | None:
    """Why "book it" right after our quote is not booked as quoted: more is said beside it that no
    reader took as a change ("ok 1080 it is. book us for sat 10/25 @ 6" before its date was read),
    so the reply, which then states no quote, asks rather than answering the deposit alone
    (round q84a); None when the booking is read or names no booking."""
    if len(turns) < 3 or turns[-2][0] != "business" or len(our_quotes(turns[-2][1])) != 1:
        return None
    low = _NAME_SIGNED.sub("", turns[-1][1].rstrip()).lower()
    if not _booking_said(low) or book_request(low, quoted_total(turns[-2][1])):
        return None
    return "a booking of our quote with more said beside it: book it as quoted?"


# a question or a condition in the sentence before "book it" ("how do i book it?", "can we book
# it for the 20th?", "if we book it ..."): no booking said
_NOT_SAID = re.compile(
    r"\b(?:how|when|where|can|could|should|do|does|if|whether|before|once|after)\b[^.,!?\n]*$"
)


def _booking_said(low: str) -> bool:
    """Whether lower-case `low` says to book, as a request of its own: its clause no question
    and no condition around the booking words."""
    for m in _BOOK.finditer(low):
        start = max(low.rfind(c, 0, m.start()) for c in ".,!?\n")
        end = min((i for c in ".,!?\n" if (i := low.find(c, m.end())) >= 0), default=len(low))
        if low[end : end + 1] != "?" and not _NOT_SAID.search(low, start + 1, m.start()):
            return True
    return False
