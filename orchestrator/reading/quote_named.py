"""An earlier quote of the conversation named and taken, with a change after it ("eh the first one
was fine, lets do that but add the sake service", "go back to the salmon one pls", "lets do the
$880 one + sake", "previous one was better. go with that but 26 adults", round q84h), after two
or more quotes, each the business's reply of one quote.

The quote is named by its place ("the first one", "the original quote", "og quote": the first of
the conversation; "the previous one", "the one before (that)": the one before the latest; "la
primera opción", "la cotización anterior" in Spanish), by its proteins ("the salmon one", "the
chicken/shrimp quote", "the scallop option": the one quote of the conversation whose order has
each), or by its total ("the $880 one"). The words around the name
only take it ("nah", "i liked ... better", "... was fine, lets do that", "nvm lobster is too
pricey,"); what follows them after a join ("but", "and", "+", "plus", "just") or a new sentence is
the change, read against that quote's order: the customer messages after that quote are left out
(`earlier_quote.back_to_quote` cuts the conversation the same way for "go back to the first one
but ..."). Read as written, the latest quote's what-if stayed and the change was added to it (set
180's fr094: the lobster what-if priced, $1,145 for $985).

A name no quote, or more than one, answers ("the steak one" after two quotes with NY strip; "the
first one" after three quotes with the count changed between: 16 or 14?) is asked
(`named_unsettled`), never read against the latest quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from orchestrator.reading.named_asked import named_in_question
from orchestrator.reading.our_quote import our_quotes, stated_totals, totals_stated
from orchestrator.reading.quote_booked import REWRITTEN as BOOKED
from orchestrator.reading.quote_booked import only_booking_words
from orchestrator.reading.quote_options import QUOTE_FOOD_WORD, QUOTE_FOODS, QUOTE_FOODS_ALT

_FOOD = rf"(?:{QUOTE_FOODS_ALT})\b"
_THING = r"(?:one|quote|option|version|price|estimate|order)"
_THING_ES = r"(?:opci[oó]n|cotizaci[oó]n|versi[oó]n)"
# "the first one", "your original quote", "the one before that", "the salmon one", "the $880 one"
_NAME = re.compile(
    r"\b(?:(?:the|your|ur|our)\s+)?(?:"
    rf"(?P<first>first|1st|original|og|initial)\s+{_THING}"
    rf"|(?P<before>previous|prior|earlier|old)\s+{_THING}|(?P<one_before>(?:one|quote|option)\s+before)"
    r"(?:\s+that)?"
    # "the other one" (round q84j): the one quote besides the latest
    rf"|(?P<other>other)\s+{_THING}"
    rf"|(?P<food>{_FOOD}(?:\s*(?:,|and|&|\+|n|/|w/?|with)\s*{_FOOD})*)\s+{_THING}"
    rf"|one\s+with\s+(?:the\s+)?(?P<food2>{_FOOD}(?:\s*(?:,|and|&|\+|n|/)\s*{_FOOD})*)"
    rf"|\$\s?(?P<total>\d[\d,]{{2,}})(?:\.\d\d)?\s+{_THING}"
    # "la primera opción", "la cotización anterior"
    rf"|(?:la\s+)?(?P<first_es>(?:primera|1ra|1a)\s+{_THING_ES}|{_THING_ES}\s+original)"
    rf"|(?:la\s+)?(?P<before_es>{_THING_ES}\s+anterior)"
    r")(?!\w)"
)
# why the latest quote is given up: its price ("nah too much", "nvm lobster is too pricey")
_PRICEY = (
    rf"(?:(?:thats|that's|its|it's|is|was|'s|a\s+(?:bit|little|lot)|way|kinda|just|{QUOTE_FOODS_ALT})\s+)*"
    r"(?:too\s+(?:much|pricey|expensive|rich|steep|high)|over\s+(?:our\s+|the\s+)?budget)"
    r"(?:\s+for\s+(?:us|me))?"
)
# words that only take the quote named ("ok lets go back to", "i liked ... better", "we'll stick
# with ... after all", "... was fine, lets do that one", "... is good 👍"); never "no" nor "take"
# ("the first one, no sake", "..., take off the show" are changes)
_TAKING_WORDS = (
    _PRICEY + r"|go\s+with\s+(?:that|it|this|those)(?:\s+one)?|"
    r"(?:go|going)\s+with|stick\s+(?:with|to)|stay\s+with|on\s+second\s+thought|after\s+all|"
    r"thank\s+you|after\s+(?:talking|thinking)\s+(?:it\s+)?over(?:\s+with\s+(?:my|our)\s+\w+)?|"
    # Spanish: "mejor la primera opción, pero ...", "nos quedamos con la cotización anterior"
    r"mejor|me\s+gust[oó]|nos\s+quedamos\s+con|prefiero|preferimos|est[aá]\s+bien|s[ií]|"
    r"never ?mind|ok|okay|k|kk|eh|meh|hm+|um+|nah|nvm|actually|yeah|ya|yes|yep|sure|"
    r"lets|let's|let|us|we|i|we'll|i'll|we'd|i'd|we've|i've|ll|'ll|like|liked|prefer|love|"
    r"loved|to|go|going|switch|revert|return|come|back|keep|think|guess|prob|probably|then|pls|"
    r"please|plz|thanks|thx|ty|hi|hello|hey|lol|haha|lmao|ugh|oof|oh|ah|welp|tbh|honestly|"
    r"decided|choose|pick|do|that|it|this|one|was|is|'s|looks|looked|seemed|sounds|"
    r"sounded|fine|good|great|better|perfect|best|right|way|for|me|can|could|would|you|u|"
    r"rather|agree|all"
)
_TAKING = r"(?:[^\w$+&]|\b(?:" + _TAKING_WORDS + r")\b)*"
_TAKING_RE = re.compile(_TAKING)
# before the name, taking it is said with "take" and "book" too ("we'll take the first one", "k
# book the first one", round q84j); after it they may open a change ("..., take off the show")
_TAKING_BEFORE = re.compile(
    r"(?:[^\w$+&]|\b(?:" + _TAKING_WORDS + r"|take|book|reserve|want|wanna)\b)*"
)
# what joins the change after the quote taken: "but", "and", "+", "plus", "with", "just"
_JOIN = re.compile(
    r"(?:\s*(?:\b(?:but|and|plus|with|just|only|also|then|pero|y|m[aá]s|con)\b|&|\+))+\s*"
)
# a join that adds ("+ the sake", "plus 2 kids", "with the sake"): written as "add"
_ADDS = re.compile(r"\+|\bplus\b|\bwith\b|\bm[aá]s\b|\bcon\b")
_VERB = re.compile(
    r"\s*(?:add|make|change|swap|switch|drop|remove|take|no|without|instead|agreg\w*|añad\w*|"
    r"quit\w*|cambi\w*|sin)\b"
)
_STOP = re.compile(r"[.!?,;]|[^\w\s$]")


def _quote_turns(turns: Sequence[tuple[str, str]]) -> list[int]:
    """The indexes of the business's replies holding a quote, the last message left out."""
    return [i for i, (r, t) in enumerate(turns[:-1]) if r == "business" and stated_totals(t)]


def _foods(words: str) -> set[str]:
    return {QUOTE_FOODS[w.group(0)] for w in QUOTE_FOOD_WORD.finditer(words)}


def _order_key(text: str) -> tuple[str, ...] | None:
    """What a reply's one quote is for (its party, portions and add-ons), or None."""
    found = our_quotes(text)
    if len(found) != 1:
        return None
    q = found[0]
    return (q.party, *(f"{n} {name}" for n, name in q.portions), *q.add_ons)


def _named(m: re.Match[str], turns: Sequence[tuple[str, str]], at: list[int]) -> list[int]:
    """The quotes (indexes into `turns`) the name `m` may mean, the latest of each order."""
    if m["first"] or m["first_es"]:
        # the first quote, or other changes came between it and the latest: which is it?
        return [at[0]] if at[0] == at[-2] else [at[0], at[-2]]
    if m["before"] or m["one_before"] or m["before_es"]:
        return [at[-2]]
    if m["other"]:  # each earlier order besides the latest's: "the other one" after three, which?
        latest_key = _order_key(turns[at[-1]][1])
        picks = [i for i in at[:-1] if _order_key(turns[i][1]) != latest_key]
    elif m["total"]:
        want = Decimal(m["total"].replace(",", ""))
        picks = [i for i in at if want in stated_totals(turns[i][1])]
    else:
        named = _foods(m["food"] or m["food2"])
        picks = [i for i in at if all(
            any(n in name.lower() for _, name in q.portions) for q in our_quotes(turns[i][1])[:1]
            for n in named) and our_quotes(turns[i][1])]  # fmt: skip
    latest: dict[tuple[str, ...] | None, int] = {}
    for i in picks:  # the same order quoted twice is one quote: its latest
        latest[_order_key(turns[i][1])] = i
    return sorted(latest.values())


def _taken(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The change after the name `m` in lower-case `text` when the words around it only take the
    quote: the words to put before it ("add " after "+") and where it starts (the text's end
    when nothing changes); None when the words say more (the name is read as written)."""
    if not _TAKING_BEFORE.fullmatch(text, 0, m.start()) or named_in_question(text, *m.span()):
        return None  # "was the first one with the sake?": asked about, not taken (round q84o)
    after = _TAKING_RE.match(text, m.end())
    pos = after.end() if after else m.end()
    if text[pos:].strip() and only_booking_words(text[pos:]):
        lead = re.match(r"[\s,.;:!-]*", text[pos:])  # ", book it ...": its words alone
        return BOOKED, pos + (lead.end() if lead else 0)  # "the first one on saturday the 14th"
    join = _JOIN.match(text, pos)
    start = join.end() if join else pos
    if not text[start:].strip():
        return "", len(text)
    stopped = bool(_STOP.search(text, m.end(), pos))
    if not (join or stopped or _VERB.match(text, start)):
        return None  # "the first one for 12 adults": not a change said apart
    adds = bool(join and _ADDS.search(join.group(0))) and not _VERB.match(text, start)
    return ("add " if adds else ""), start  # "+ the sake pls": the sake added


def _found(
    turns: Sequence[tuple[str, str]],
) -> tuple[re.Match[str], tuple[str, int] | None, list[int]] | None:
    """The name of an earlier quote in the last message of `turns`, the change after it (None:
    the words around it say more) and the quotes it may mean; None when there is none."""
    if len(turns) < 2 or turns[-1][0] != "customer":
        return None
    at = _quote_turns(turns)
    text = turns[-1][1]
    if len(at) < 2 or len(text) != len(text.lower()) or totals_stated(turns[at[-1]][1]) > 1:
        return None  # "the first one" after a reply giving two quotes is one of those
    m = _NAME.search(text.lower())
    if m is None:
        return None
    return m, _taken(text.lower(), m), _named(m, turns, at)


def quote_named(turns: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """`turns` ((role, text), oldest first, the last the message to answer) with the turns after
    the earlier quote the last message names and takes left out, the message written as the
    change after the name ("ok go with that quote" when none); as they were otherwise."""
    turns = list(turns)
    found = _found(turns)
    if found is None or found[1] is None or len(found[2]) != 1:
        return turns
    (before, start), back = found[1], found[2][0]
    rest = turns[-1][1][start:].strip()
    return [*turns[: back + 1], ("customer", before + rest if rest else "ok go with that quote")]


def named_unsettled(text: str, turns: Sequence[tuple[str, str]]) -> str | None:
    """Why the message `text` (as read, after `quote_named`) leaves an earlier quote it names
    unsettled after the conversation `turns` ((role, text), oldest first): a name of a quote no
    quote or more than one answers, or other words around it; None otherwise."""
    found = _found([*turns, ("customer", text)])
    if found is None:
        return None
    m, _, picks = found
    if not picks:
        return f"'{m.group(0).strip()}': no earlier quote is that one: which order?"
    if len(picks) > 1:
        return f"'{m.group(0).strip()}' could be more than one earlier quote: which one?"
    return f"'{m.group(0).strip()}' named beside other words: that quote's order, and what changes?"
