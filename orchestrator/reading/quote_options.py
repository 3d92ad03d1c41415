"""One of two quotes the business gave in one reply, chosen by its label, its place, its total or
its price ("B!!", "2nd one", "the $990 one", "the cheaper one is fine", "option A but can we add
the longer show") after "Option A: Quote for ... Total $880.00. Option B: Quote for ... Total
$960.00" (round q79g), or by its proteins ("the lobster one", "lets do the filet one", "the
chicken and tofu one", round q79k), by its size ("its the bigger one" after "For 10 adults: ...
For 14 adults: ...") or its label's words ("without is fine" after "With the sake service: ...
Without: ...", round q79m). The chosen quote's order is written as the customer's message
before the choice, in place of the message that asked for both (which named the proteins of every
option), and the words that choose are taken out of the message; the rest of it is read as a
change of that order. Read as written, "B!!" was no order and the first message's four proteins
were asked.

Only a choice that names exactly one of the quotes: "the cheaper one" with two equal totals, a
label or a total no quote has, "the bigger one" of two for as many guests, a label's words said
for none or for both, proteins both quotes have ("the chicken one" after chicken + shrimp
and chicken + salmon) or neither has, leave the conversation as it was (asked).

The chosen order is written as the party and its proteins ("12 adults, NY strip steak and tofu")
when every protein is for every paying guest, so a new count after the choice ("2nd one but make
it 14 adults") gives each protein to the new count; written with the quote's portions ("12 NY
strip steak"), the new count asked how many of each (round q79k)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.reading.our_quote import OurQuote, our_quotes

_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}
_ONE = r"(?:one|option|quote|choice|1)"
# the protein words a quote is chosen by ("the lobster one", "the chicken and tofu one"), each the
# word a quote's order spells it with (quote_named names an earlier quote by them too)
QUOTE_FOODS = {
    "lobster": "lobster", "filet": "filet", "fillet": "filet", "scallop": "scallop",
    "scallops": "scallop", "salmon": "salmon", "chicken": "chicken", "tofu": "tofu",
    "shrimp": "shrimp", "ny strip": "ny strip", "strip": "strip", "steak": "steak",
    "veggie": "vegetables", "veggies": "vegetables", "vegetable": "vegetables",
    "vegetables": "vegetables",
}  # fmt: skip
QUOTE_FOODS_ALT = "|".join(sorted(map(re.escape, QUOTE_FOODS), key=len, reverse=True))
_FOOD = rf"(?:{QUOTE_FOODS_ALT})\b"
QUOTE_FOOD_WORD = re.compile(_FOOD)
# a group of the party ("12 adults", "2 children (", "5 and under (free)"): its words up to a digit
_GROUP = re.compile(r"(?P<n>\d+) (?P<who>[^,\d]+)")
_PICK = re.compile(
    rf"\b(?:option|opt|quote|choice)\s*#?\s*(?P<label>[a-c1-3])\b"
    rf"|\b(?:the\s+)?(?P<ordinal>first|1st|second|2nd|third|3rd)\s+{_ONE}\b"
    rf"|\b(?:the\s+)?(?P<cmp>cheaper|cheapest|less expensive|lower|more expensive|pricier)\s+{_ONE}\b"
    rf"|\b(?:the\s+)?(?P<size>bigger|larger|smaller)\s+(?:{_ONE}|group|count|number|party)\b"
    rf"|\b(?:the\s+)?\$\s?(?P<total>\d[\d,]{{2,}})(?:\.\d\d)?\s+{_ONE}\b"
    rf"|\b(?:the\s+)?(?P<food>{_FOOD}(?:\s*(?:,|and|&|\+|n|/|w/?|with)\s*{_FOOD})*)\s+(?:one|option|quote)\b"
    r"|^\W*(?:(?:hi|hello|hey|ok|okay|yes|yeah|yep|lets|let's|we'll|well|i'll|go with|do|take|def|"
    r"definitely|we|will|think|i|hmm+)\W+)*(?P<bare>[ab])(?=\W*$|\s*[.!,;]|\s+(?:but|and|pls|please|plz|is|"
    r"it is|please)\b)"
)
# words that ask for nothing besides the choice ("B!! he loves scallops lol" keeps its reason)
_FILLER = re.compile(
    r"(?:\W|\b(?:ok|okay|yes|yeah|yep|lets|let's|let|us|we|we'll|well|i|i'll|go|with|do|take|def|"
    r"definitely|is|was|fine|good|great|perfect|pls|please|plz|lol|haha|thanks|thx|ty|then|that|"
    r"one|the|think|will|he|she|they|loves?|likes?|scallops|lobster|filet|it|its|it's|hmm+|sounds|"
    # news of the count that decided it ("rsvps are in!! its the bigger one", "everyone said yes")
    r"rsvps?|rsvp's|are|r|in|everyone|everybody|said|yes|final|count|came|got|confirmed)\b)*"
)

# why the dearer quote is worth it ("she only turns 16 once", "he deserves it", "yolo"): a reason,
# its age no count (round q79k)
_REASON = re.compile(
    r"\b(?:she|he|they|you|u|we)\s+only\s+turns?\s+\d{1,2}\s+once\b|\b(?:she|he|they)\s+deserves?\s+it\b"
    r"|\b(?:she's|he's|they're|she is|he is|they are|it's|its|it is)\s+worth\s+it\b|\byolo\b"
    r"|\b(?:you|u)\s+only\s+live\s+once\b"
)


@dataclass(frozen=True, slots=True)
class Option:
    """One quote of the reply: its label's words, the order's words, its total."""

    label: str
    order: str
    total: float


def _portions_only(quote: OurQuote) -> bool:
    """Whether the quote is for its party and its portions and nothing more ("16 adults with 16
    lobster tail, 16 filet mignon"; not "... 14 salmon, plus extended performance" nor "... 10
    shrimp. Travel to 95816", whose portions' words hold a number)."""
    written = ", ".join(f"{n} {name}" for n, name in quote.portions)
    return (
        bool(quote.portions)
        and quote.head == f"{quote.party} with {written}"
        and not any(re.search(r"\d", name) for _, name in quote.portions)
    )


def _plain(quote: OurQuote) -> str:
    """The quote's order as the party and its proteins ("12 adults, NY strip steak and tofu")
    when every protein is for every paying guest; as the quote wrote it otherwise."""
    if not _portions_only(quote):
        return quote.head
    # a group 5 and under eats free and takes no portion of its own in the quote; the party's
    # groups are read up to a digit, so "1 little ones 5 and under (free)" pays by its "little
    # ones" and a quote with toddlers keeps its portions (as it always was read)
    paying = sum(int(g.group("n")) for g in _GROUP.finditer(quote.party)
                 if not re.search(r"under|free|toddler|infant|bab", g.group("who")))  # fmt: skip
    if not paying or any(n != paying for n, _ in quote.portions):
        return quote.head
    names = [name for _, name in quote.portions]
    return f"{quote.party}, " + (" and ".join(names) if len(names) <= 2 else
                                 ", ".join(names[:-1]) + " and " + names[-1])  # fmt: skip


def options(text: str) -> list[Option]:
    """The quotes of a business reply that gives two or more."""
    found = quotes(text)
    return found if len(found) >= 2 else []


def quotes(text: str, said_zip: str | None = None) -> list[Option]:
    """Each quote of a business reply, its order written as `_plain` writes it. A quote of our
    own names its place by the town, never the ZIP: `said_zip` is the ZIP the customer's turns
    gave (`customer_zip`), written as that quote's place."""
    found = []
    for quote in our_quotes(text):
        zip_code = quote.zip_code or said_zip
        if zip_code is None and quote.travel is not None:
            # our own reply names the town or only the fee, not the ZIP, and the customer gave
            # none (or two): an order written from it would lose its place (asked as before)
            continue
        order = _plain(quote) + (f". zip {zip_code}" if zip_code else "")
        order += f". add {', '.join(quote.add_ons)}" if quote.add_ons else ""
        found.append(Option(quote.label.strip().lower(), order, float(quote.total)))
    return found


# a five-digit ZIP as a customer gives it ("95624", "zip 95825"), no amount or longer number
_ZIP = re.compile(r"(?<![\d$.,])\b(9[56]\d{3})\b(?![\d,.]\d)")


def customer_zip(turns: Sequence[tuple[str, str]]) -> str | None:
    """The one ZIP the customer's turns of `turns` give; None for none or two different ones (a
    place changed or a ZIP beside another: which is the party's is not read here)."""
    said = {z for r, t in turns if r == "customer" for z in _ZIP.findall(t)}
    return said.pop() if len(said) == 1 else None


def _guests(order: str) -> int:
    """How many guests the order's words `order` ("14 adults, chicken and shrimp", "16 adults, 5
    children (6-12) with 21 chicken") are for."""
    party = re.split(r", (?=[^\d])| with ", order, maxsplit=1)[0]
    return sum(int(n) for n in re.findall(r"\b\d+\b", party))


def _by_label(text: str, offered: Sequence[Option]) -> tuple[Option, re.Match[str]] | None:
    """The one option whose label's words ("without", "with the sake service", "for 14 adults")
    the message `text` says, and where; None when no option's or more than one's is said. A label
    of one letter or digit ("a", "2") is read by `_PICK`, never here: "a" is a word of any text."""
    said = []
    for option in offered:
        label = re.sub(r"^(?:here are both|both|option|quote)\W*|\W+$", "", option.label.split("\n")[-1])
        if len(label) > 2 and (m := re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)):
            said.append((option, m))
    return said[0] if len(said) == 1 else None


def _chosen(m: re.Match[str], offered: Sequence[Option]) -> Option | None:
    """The one option the words `m` name, or None."""
    picks: list[Option] = []
    if label := m.group("label") or m.group("bare"):
        at = "abc".find(label) if label.isalpha() else int(label) - 1
        lettered = all(re.search(r"(?:^|\b)[a-c]\)?$", o.label) for o in offered)
        if label.isdigit() or lettered:
            picks = [offered[at]] if 0 <= at < len(offered) else []
    elif ordinal := m.group("ordinal"):
        at = _ORDINALS[ordinal]
        picks = [offered[at]] if at < len(offered) else []
    elif cmp := m.group("cmp"):
        want = max if cmp in ("more expensive", "pricier") else min
        best = want(o.total for o in offered)
        picks = [o for o in offered if o.total == best]
    elif size := m.group("size"):  # "the bigger one": the one quote for the most guests
        want = min if size == "smaller" else max
        best = want(_guests(o.order) for o in offered)
        picks = [o for o in offered if _guests(o.order) == best]
    elif total := m.group("total"):
        picks = [o for o in offered if o.total == float(total.replace(",", ""))]
    elif food := m.group("food"):  # "the lobster one": the one quote whose order has each named
        named = {QUOTE_FOODS[w.group(0)] for w in QUOTE_FOOD_WORD.finditer(food)}
        picks = [o for o in offered if all(n in o.order.lower() for n in named)]
    return picks[0] if len(picks) == 1 else None


def option_chosen(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with a choice of one
    of the quotes of the business's reply just before it written out: the chosen order as the
    customer's message before the reply, the choosing words taken out of the last message."""
    turns = list(turns)
    if len(turns) < 2 or turns[-1][0] != "customer" or turns[-2][0] != "business":
        return turns
    offered = options(turns[-2][1])
    role, text = turns[-1]
    m = _PICK.search(text.lower()) if offered and len(text) == len(text.lower()) else None
    pick = _chosen(m, offered) if m else None
    if (m is None or pick is None) and offered and len(text) == len(text.lower()):
        # "without is fine": the option named by its label's words (round q79m)
        pick, m = _by_label(text.lower(), offered) or (None, None)
    if m is None or pick is None:
        return turns
    rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if _FILLER.fullmatch(_REASON.sub(" ", rest.lower())):
        rest = "ok go with that quote"
    return [("customer", pick.order), turns[-2], (role, rest)]
