"""Numbers that say who, not how many: an RSVP tally beside the count quoted ("RSVPs so far: 22
yes, 3 no, 2 still pending. Please quote it for 24 adults"; "18 yes, 4 maybe" alone leaves no
count, which is asked; with no "RSVP" said, a tally whose yeses are the adults counted and none
undecided, "27 yes, 5 no, no maybes left. Please quote the 27, all adults", with the invitations
it answers before it, "30 invitations: 26 yes, 4 no", when its answers sum to them), the client a planner
writes for ("one of my couples", "one of our wedding couples"), and someone said to be among a
number told before ("me + 11 of the girls (the bride is one of the 11)"), or one of the party who
will go over the menu with us ("one of our partners would like to go over the sauces"). None of
them is a guest count; the counts are read, or asked, as they are.

Likewise a hedge the customer sets aside by naming the count to quote: "might have 2 more but
just quote the 16 for now" beside 16 adults is 16 (the 2 are not asked about), while "16 adults,
maybe 3 more" alone is asked."""

from __future__ import annotations

import re

Span = tuple[int, int]

# "22 yes, 3 no, 2 still pending", "18 yes / 4 maybe": two or more answers, each with its number
_ANSWER = (
    r"\d{1,3}\s+(?:(?:said|rsvp'?d|rsvped)\s+)?(?:yes|yeses|no|nos|maybe|maybes|(?:still\s+)?pending|"
    r"tentative|declined|undecided|unsure|tbd|(?:no\s+)?(?:reply|response|answer)(?:\s+yet)?|"
    # "3 still haven't answered", "3 haven't replied yet": no answer yet
    r"(?:(?:still|have|who)\s+)?(?:haven'?t|have not|havent|hasn'?t)\s+(?:answered|replied|responded|"
    r"rsvp'?d)(?:\s+yet)?)\b"
)
_TALLY = re.compile(rf"\b{_ANSWER}(?:\s*[,/;]\s*(?:and\s+)?{_ANSWER}|\s+and\s+{_ANSWER})+")
# "if the pending two say yes", "the 4 maybes", "if the last 3 say yes": a part of the tally named again
_TALLY_PART = re.compile(
    r"\bthe\s+(?:(?:pending|undecided|tentative|maybe|last|other|remaining)\s+(\d{1,3})|(\d{1,3})\s+(?:pending|maybes?|"
    r"undecided|tentative))\b"
)
# "one of my couples", "1 of our wedding couples": whom a planner writes for
_CLIENT = re.compile(
    r"\b1\s+of\s+(?:my|our)\s+(?:[a-z]+\s+)?(?:couples|clients|brides|grooms|customers)\b"
)
# "one of our partners would like to go over the sauces with the chef": one of the party who will
# talk the menu through with us, no guest count and no choice of food ("one of our partners wants
# salmon" is a choice, left to be asked; round q83i)
_SPEAKER = re.compile(
    r"\b1\s+of\s+(?:my|our|the)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:would\s+like|'d\s+like|wants?|will|needs?|"
    r"plans?|is\s+going|hopes?)\s+(?:to\s+)?(?:go\s+over|talk|speak|chat|discuss|meet|review|walk\s+through|"
    r"call|go\s+through)\b"
)
# "(the bride is one of the 11)": someone among the number told before
_AMONG = re.compile(r"\(\s*(?:the|my|our|his|her)\s+[a-z-]+\s+is\s+1\s+of\s+(?:the\s+)?(\d{1,3})\s*\)")


# "we sent out 30 invitations for my father's dinner: 26 yes, 4 no": the invitations the tally
# answers, right before it (words of what for between, no number); theirs when the answers sum to it
_INVITED = re.compile(
    r"\b(\d{1,3})\s+(?:invitations|invites|invitation|invite|invited|evites)\b[^.!?\n\d]{0,50}?[:,;-]?\s*\Z"
)
_NUMBERS = re.compile(r"\d{1,3}")


def _invited(text: str, tally: re.Match[str]) -> list[Span]:
    """The invitations told right before `tally` when its answers sum to their number."""
    before = _INVITED.search(text, max(0, tally.start() - 80), tally.start())
    answers = sum(int(n) for n in _NUMBERS.findall(tally.group(0)))
    return [before.span(1)] if before and int(before.group(1)) == answers else []


_YESES = re.compile(r"\b(\d{1,4})\s+(?:yes|yeses|yes'?s)\b")
# an answer not yet given with a number other than 0 ("2 maybe": a number left to ask about)
_OPEN = re.compile(
    r"\b(?!0\s)\d{1,3}\s+(?:maybe|maybes|maybe'?s|(?:still\s+)?pending|tentative|undecided|unsure|tbd)\b"
)


def _yeses_counted(tally: str, adults: int | None) -> bool:
    """The tally's yeses are the `adults` counted, and no answer is still open."""
    yeses = _YESES.search(tally)
    return yeses is not None and int(yeses.group(1)) == adults and not _OPEN.search(tally)


# "just quote the 16 for now", "quote the 14 for now pls": the count the customer has chosen
_QUOTE_THE = re.compile(r"\b(?:just\s+|only\s+)?(?:quote|price)\s+(?:it\s+for\s+)?the\s+(\d{1,4})\b")
# "might have 2 more", "might be 3 more", "my cousin might bring 2 friends": a hedge on more guests
_MIGHT_MORE = re.compile(
    r"\b(?:might|may|could)\s+(?:be|have|get|bring|add)\s+(?:an?\s+(?:extra|other)\s+)?"
    r"(\d{1,3})\s+(?:more|extra|other|[a-z]+)\b"
)


def _hedge_set_aside(text: str, adults: int | None) -> list[Span]:
    """A hedge on more guests and the count chosen in its stead, when that count is the `adults`
    read (see the module); nothing when no count is chosen."""
    chosen = [m for m in _QUOTE_THE.finditer(text) if adults is not None and int(m.group(1)) == adults]
    if not chosen:
        return []
    return [m.span(1) for m in chosen] + [m.span(1) for m in _MIGHT_MORE.finditer(text)]


def who_numbers(text: str, adults: int | None = None) -> list[Span]:
    """Spans of normalized `text` whose numbers say who, not how many (see the module); `adults`:
    the adults counted, which a tally's yeses may be."""
    spans: list[Span] = []
    if "rsvp" in text or " yes" in text:
        said = "rsvp" in text
        found = [m for m in _TALLY.finditer(text) if said or _yeses_counted(m.group(0), adults)]
        tallies = [m.group(0) for m in found]
        spans += [m.span() for m in found]
        spans += [span for m in found for span in _invited(text, m)]  # "30 invitations: 26 yes, 4 no"
        spans += [m.span() for m in _TALLY_PART.finditer(text) if said and tallies and any(
            re.search(rf"\b{m.group(1) or m.group(2)}\b", t) for t in tallies)]  # fmt: skip
    if "1 of " in text:
        spans += [m.span() for m in _CLIENT.finditer(text)]
        spans += [m.span() for m in _SPEAKER.finditer(text)]  # "1 of our partners would like to talk"
        spans += [m.span() for m in _AMONG.finditer(text)
                  if re.search(rf"(?<![\d$.]){m.group(1)}(?!\d)", text[: m.start()])]  # fmt: skip
    if "quote" in text or "price" in text:
        spans += _hedge_set_aside(text, adults)  # "might have 2 more but just quote the 16 for now"
    return spans
