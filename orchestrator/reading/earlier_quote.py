"""An earlier quote taken back after a later one ("too rich for us, go back to the first one but
add the sake service" after a first quote and a what-if quote): the order of that earlier quote,
then the change the message names (round q79g). The customer messages that changed the order
after the quote taken back are left out of the reading, and the words that take it back are
taken out of the message, so "add the sake service" is read against the first quote's order.
Read as it was, the what-if's lobster stayed and the sake was added to it.

"the first one", "the original", "the 1st quote" name the first quote of the conversation; "the
one before", "the previous one" the quote before the latest. Only the quote before the latest is
gone back to: with one quote there is nothing to go back to, and after three ("16 adults", then
"make it 14", then "what if lobster", then "go back to the original") the first quote is not the
one before the latest, the count changed between, and the message is read as written (asked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.our_quote import our_quotes, stated_totals, totals_stated
from orchestrator.reading.price_reasons import without_price_reasons
from orchestrator.reading.quote_options import customer_zip, quotes

# "go back to the first one", "back to the original quote", "revert to the previous option",
# "let's do the first one again": the earlier quote named by its place
_FIRST = r"(?:first|1st|original|og)"
_BEFORE = r"(?:previous|prior|earlier|old)"
_THING = r"(?:one|quote|order|option|version|plan|setup|menu|combo)"
# "back to how it was before", "the way we had it", "what we had": the quote before the latest
_AS_WAS = (
    r"(?:how|the way)\s+(?:it|we|i)\s+(?:was|were|had\s+it)(?:\s+before)?"
    r"|what\s+(?:we|i)\s+had(?:\s+(?:it\s+)?before)?"
)
_BACK = re.compile(
    r"\b(?:(?:go|going|switch|switching|change|changing|revert|reverting|come|coming)\s+)?back\s+to\s+"
    rf"(?:the\s+|our\s+|your\s+)?(?:(?P<first>{_FIRST})(?:\s+{_THING})?|(?P<before>{_BEFORE})\s+{_THING}"
    rf"|(?P<one_before>one\s+before|{_THING}\s+before(?:\s+that)?|{_AS_WAS}))\b"
    r"|\b(?:revert|return)\s+to\s+(?:the\s+)?"
    rf"(?:(?P<first2>{_FIRST})(?:\s+{_THING})?|(?P<before2>{_BEFORE})\s+{_THING})\b"
    # "nah keep the original, add the sake tho", "stick with the first one": kept, not gone back
    # to, but the same quote; only where nothing of the order follows ("keep the original chicken")
    r"|\b(?:keep|stick\s+(?:with|to)|stay\s+with)\s+(?:the\s+|our\s+)?"
    rf"(?:(?P<first3>{_FIRST})(?:\s+{_THING})?|(?P<before3>{_BEFORE})\s+{_THING})"
    r"(?=\s*(?:[,.!;]|$)|\s+(?:but|and|add|plus|with|pls|please|tho|though)\b|\s*\+)"
)
# what joins the change named after it: "but add the sake", ", and add the show", "+ sake"
_JOIN_AFTER = re.compile(r"\s*(?:[,;:]\s*)?(?:but|and|&|\+|plus|with)?(?=\s|$)")

# words that ask for nothing besides the going back ("ok lets go back to the original pls")
_FILLER = re.compile(
    r"(?:\W|\b(?:ok|okay|k|eh|meh|um+|hm+|lets|let's|let|us|pls|please|plz|hmm+|actually|yeah|ya|just|then|lol|"
    r"haha|lmao|nvm|never ?mind|oof|ugh|oh|ah|welp|yikes|whoa|wow|no|nope|oops|sorry|we|i|can|could|"
    r"you|u|ll|'ll|think|guess|thanks|thx|ty|na+h?|"
    r"on second thought|instead|do|that|wait|"
    # why it is gone back to: the price ("nah too much lol", "thats a bit over budget", round q81q)
    r"(?:(?:thats|that's|its|it's|is|a\s+(?:bit|little|lot)|way|kinda)\s+)*(?:too\s+(?:much|pricey|expensive|"
    r"rich|steep|high)|over\s+(?:our\s+|the\s+)?budget)(?:\s+for\s+(?:us|me))?)\b)*"
)
# the earlier quote named alone, with no word of going back ("eh the first one was fine, lets do
# that", "ok thats too much. the one before that pls"): only in a message that says nothing else
_NAMED = re.compile(
    rf"\b(?:the\s+)?(?:(?P<first>{_FIRST})\s+(?:one|quote|option|version)|(?:one|quote|option)\s+"
    rf"before(?:\s+that)?|(?:{_BEFORE})\s+(?:one|quote|option))\b"
)
_NAMED_ALONE = re.compile(
    r"(?:\W|\b(?:eh|ok|okay|hmm+|nah|thats|that's|that|too|much|pricey|expensive|rich|lol|the|was|is|"
    r"fine|good|great|better|lets|let's|do|go|with|pls|please|plz|actually|then|we|i|think|guess|"
    r"prob|probably|just|yeah|ya|a|lot|bit|little|steep|high|over|budget|our|for|us)\b)*"
)
# "no extras", "no add-ons": the earlier quote had none, so nothing besides the going back
_NO_EXTRAS = re.compile(r"\b(?:no|without(?:\s+the)?|w/?o)\s+(?:extras|add[- ]?ons?|addons?)\b", re.I)
_ADD_ONS = re.compile(r"\badd-ons \$")


def _is_quote(text: str) -> bool:
    """Whether a business reply holds a quote ("... Total $840.00", our own "$840.00 total")."""
    return bool(stated_totals(text))


def _has_add_ons(text: str) -> bool:
    """Whether a business reply's quote has add-ons ("add-ons $25.00", our own add-on names)."""
    return bool(_ADD_ONS.search(text)) or any(q.add_ons for q in our_quotes(text))


def _first(m: re.Match[str]) -> bool:
    """Whether the words `m` name the first quote."""
    return any(m.groupdict().get(name) for name in ("first", "first2", "first3"))


def back_to_quote(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with the turns after
    the earlier quote the last message goes back to left out and the words going back taken out;
    as they were when the message goes back to none or the conversation has fewer than two quotes."""
    turns = list(turns)
    if not turns or turns[-1][0] != "customer":
        return turns
    role, text = turns[-1]
    quotes = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and _is_quote(t)]
    # "the first one" after a reply giving two quotes is one of those (`quote_options`)
    if len(quotes) < 2 or len(text) != len(text.lower()):
        return turns
    if totals_stated(turns[quotes[-1]][1]) > 1:
        return turns
    m, alone = _BACK.search(text.lower()), False
    if m is None and (m := _NAMED.search(text.lower())) is not None:
        alone = bool(_NAMED_ALONE.fullmatch(text[: m.start()].lower() + " " + text[m.end() :].lower()))
        m = m if alone else None
    if m is None:
        return turns
    # the first quote is the one before the latest, or other changes came between: which is it?
    if _first(m) and quotes[0] != quotes[-2]:
        return turns
    back = quotes[-2]
    join = _JOIN_AFTER.match(text, m.end())
    rest = (text[: m.start()] + " " * ((join.end() if join else m.end()) - m.start()) +
            text[join.end() if join else m.end():])  # fmt: skip
    # "back to how it was before, no extras" when that quote had none (one with add-ons: asked)
    if not _has_add_ons(turns[back][1]):
        rest = _NO_EXTRAS.sub(" ", rest)
    # the going back alone: the earlier quote's order again ("a bit much for the boosters'
    # budget": why, asking for nothing; round q86j)
    if alone or _FILLER.fullmatch(without_price_reasons(rest)):
        rest = "ok go with that quote"
    return [*turns[: back + 1], (role, rest)]


# "keep the filet but go back to 12 people", "back to 14 guests": a count an earlier quote had
_BACK_TO_COUNT = re.compile(r"\bback\s+to\s+(\d{1,3})\s+(?:adults|people|guests|ppl|of us)\b")
# "Quote for 12 adults with ...": a party of adults only
_ADULTS = re.compile(r"(\d+) adults, ")


def back_to_count(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` with a message going back to the count of an earlier quote ("keep the filet but go
    back to 12 people" after 12 adults, then a what-if for 10 with filet) read against the latest
    quote: its order written as the customer's message before it, the turns before left out (round
    q79k). The latest quote settled what the what-if asked ("10 adults and filet instead of
    chicken": 10 who swap, or 10 now?); read against every turn, that question was asked again.
    Only quotes of adults alone, each protein for every guest, the count one an earlier quote had
    and the latest did not; as they were otherwise."""
    turns = list(turns)
    if not turns or turns[-1][0] != "customer":
        return turns
    m = _BACK_TO_COUNT.search(turns[-1][1].lower())
    at = [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and _is_quote(t)]
    if m is None or len(at) < 2:
        return turns
    said = customer_zip(turns[: at[-1]])  # our own quotes name a town: the customer's ZIP
    latest = quotes(turns[at[-1]][1], said)
    earlier = [q for i in at[:-1] for q in quotes(turns[i][1], said)]
    counts = [(c.group(1) if (c := _ADULTS.match(q.order)) else None) for q in [*latest, *earlier]]
    if len(latest) != 1 or None in counts or counts[0] == m.group(1) or m.group(1) not in counts[1:]:
        return turns
    return [("customer", latest[0].order), turns[at[-1]], turns[-1]]
