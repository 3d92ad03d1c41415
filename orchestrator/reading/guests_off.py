"""Guests taken off a quoted order by number, asked for in a follow-up (round q78k): "please take
3 adults off", "knock off 3 adults", "take off 2 adults and 1 kid", "remove 4 ppl", "subtract 2",
"cut it by 5", "reduce it by 3 adults", "we're down 2 adults", "we're losing 4", "3 adults less",
"minus the 2 toddlers". Each is a change of the order's count (-N) in the band its word names
(adults, kids, toddlers; none for people or a bare number, which `recount` takes from an order
of adults only and asks about beside kids). The words are hidden from the guest reader, for
whom "take 3 adults off" would be a party of 3.

A bare number is read only where nothing else may follow it ("take off 2 shrimp" is portions,
`portions_off`; "knock 10 off" or "take 50 off the total" is money, `discounts`). A removal said
with a doubt ("if we took 3 off, how much?") is hidden and asked, never applied.

A dropout told as news and the removal it asks for are the same guests, counted once
(`told_once`): "we lost 3 people so please make it 3 fewer adults", "2 adults dropped out so take
2 off", "3 of our guests cancelled. could you take 3 adults off?" are 3 and 2 and 3 fewer; the
removal's band stands where it names one. Different numbers ("3 people bailed so take 2 off")
are asked, unless the removal says it is more ("also take 2 kids off")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.literal_gates import gated
from orchestrator.reading.alternation import alternation
from orchestrator.reading.dropouts import THEY_OUT
from orchestrator.reading.words import ADULT_WORDS, HEDGES, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

Span = tuple[int, int]

_ADULT, _KID, _TODDLER = alternation(ADULT_WORDS), alternation(KID_WORDS), alternation(TODDLER_WORDS)
_BAND = alternation((*ADULT_WORDS, *KID_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS, "person"))
# one count and its band: "3 adults", "1 kid", "4 ppl" (not "the 2 kids' steaks")
_ITEM = rf"(?:the\s+)?(\d{{1,3}})\s+(?:(?:more|extra|of the|of our)\s+)?({_BAND})\b(?!')"
# a bare number ends its clause, or a courtesy or joining word follows ("subtract 2 pls")
_BARE = (
    r"(\d{1,3})(?=\s*(?:$|[.,!?;:)\n]|[^\w\s$%]|(?:pls|plz|please|thanks|thx|ty|too|then|now|lol|"
    r"haha|and|from (?:the )?(?:list|order|quote|count|headcount|party)|off (?:the )?(?:list|order|"
    r"headcount|count|guest list))\b))"
)
# after the items: where they come off ("off", "off the list", "from the quote")
_WHERE = (
    r"(?:\s+(?:off|out))?(?:\s+(?:(?:off|from|of)\s+)?(?:the|my|our|that)\s+(?:list|order|quote|count|"
    r"headcount|head count|guest list|party|booking|reservation|total))?"
)
_VERB = (
    r"(?:take|took|taking) (?:off|away)|knock off|remove|removing|subtract|subtracting|deduct|"
    r"drop(?!\s+(?:the\s+)?\d{1,3}\s+\S+\s+off\b)|cut|nix|scratch|lose"  # ("drop 2 kids off at 5")
)
_VERB_BARE = r"(?:take|took|taking) (?:off|away)|remove|removing|subtract|subtracting|deduct"
_OFF = gated(re.compile(
    # "take off 3 adults", "remove 4 ppl", "subtract 2"; "minus the 2 toddlers"
    rf"\b(?:(?:{_VERB})\s+(?:another\s+)?{_ITEM}|(?:{_VERB_BARE})\s+{_BARE}"
    rf"|minus\s+(?=the\s){_ITEM})"
))  # fmt: skip
# "take 3 adults off", "knock 2 adults off the list", "take 3 off" (a bare number: take only)
_SPLIT = gated(re.compile(
    rf"\b(?:(?:take|took|taking|knock|cross|strike)\s+{_ITEM}\s+off\b|(?:take|took|taking)\s+(\d{{1,3}})\s+off\b"
    r"(?!\s+(?:the\s+|of\s+(?:the\s+)?)?(?:price|total|bill|cost|quote|invoice|deposit)\b))"
))  # fmt: skip
# "cut it by 5", "reduce the headcount by 3 adults", "bring it down by 2"
_BY = gated(re.compile(
    r"\b(?:reduce|cut|drop|lower|bring|take)\s+(?:it|that|us|the\s+(?:head\s*count|guest count|"
    r"count|number|order|party|list|guests))?\s*(?:down\s+)?by\s+"
    rf"(?:{_ITEM}|{_BARE})"
))  # fmt: skip
# "we're down 2 adults", "down 3 adults" (never "down to 18": the new count, `count_down`),
# "we're losing 4", "3 adults less"
_DOWN = gated(re.compile(
    rf"(?:^|(?<=[,.;:!?\n])\s*|\b(?:we're|we are|were|now|so|ok|okay|and)\s+)down\s+(?:by\s+)?{_ITEM}"
    rf"|\b(?:we're|we are|were)\s+(?:down\s+(?:by\s+)?|losing\s+){_BARE}"
    rf"|\b(?:we're|we are|were|we'll be|we will be)\s+losing\s+{_ITEM}"
    rf"|\b{_ITEM}\s+(?:fewer|less)\b(?!\s+than)"
))  # fmt: skip
# more items of the same list: "take off 2 adults and 1 kid"
_MORE_ITEM = re.compile(rf"\s*(?:,\s*(?:and\s+|&\s+|plus\s+)?|\s+(?:and|&|\+|plus|n)\s+){_ITEM}")
_HEDGED = re.compile(rf"\b(?:{HEDGES}|what if)\b")
# what the guests come off instead of the party: "take 2 kids off the shrimp" (a dish, not here)
_OFF_OTHER = re.compile(r"\s+(?:(?:off|from|of)\s+)?(?:the|my|our|his|her|their)\s+[a-z]")
# a bare number this large may be dollars ("take 10 off"): asked, never applied
_BARE_DOLLARS = 10
_MONEY = re.compile(r"\$|\b(?:dollars|bucks|price|discount|cheaper|deal)\b|%")
# a removal that says it is more than the news before it ("also take 2 kids off")
_MORE_THAN_NEWS = re.compile(r"\b(?:also|too|as well|another|more|plus)\b")


@dataclass(frozen=True, slots=True)
class Off:
    """Guests taken off: the change (-N), its band ("adults", "kids", "toddlers" or None), the words
    read, whether it is asked for (a removal) or told as news (a dropout), and why it is asked
    instead of applied (a doubt said, a bare number that may be dollars)."""

    delta: int
    band: str | None
    span: Span
    request: bool = True
    doubt: str | None = None  # why it is asked, not applied
    more: bool = False  # said to be more than a dropout told beside ("also take 2 kids off")


def band_of(word: str | None) -> str | None:
    """The band a guest word names: adults, kids (6-12 or under), toddlers, or None (people)."""
    if not word:
        return None
    if re.fullmatch(_TODDLER, word):
        return "toddlers"
    if re.fullmatch(_KID, word):
        return "kids"
    return "adults" if re.fullmatch(_ADULT, word) else None


def _clause(text: str, span: Span) -> str:
    start = max((text.rfind(c, 0, span[0]) for c in ".;!?\n"), default=-1) + 1
    stops = [i for c in ".;!?\n" if (i := text.find(c, span[1])) != -1]
    return text[start : min(stops) if stops else len(text)]


def _items(text: str, m: re.Match[str]) -> tuple[list[tuple[int, str | None]], int] | None:
    """The counts of a match (a bare number has no band) and those listed after it, and where
    the words read end; None when they come off something else than the party."""
    groups = [g for g in m.groups()]
    number = next(g for g in groups if g is not None and g.isdigit())
    word = next((g for g in groups if g is not None and not g.isdigit()), None)
    found, end = [(int(number), band_of(word))], m.end()
    while word is not None and (more := _MORE_ITEM.match(text, end)):
        found.append((int(more.group(1)), band_of(more.group(2))))
        end = more.end()
    if where := re.compile(_WHERE + THEY_OUT).match(text, end):  # ", they cant make it": why
        end = where.end()
    return None if _OFF_OTHER.match(text, end) else (found, end)


def said_more(text: str, span: Span) -> bool:
    """Whether the words just around a removal at `span` say it is more than the dropouts told
    beside it ("also take 2 kids off", "and one less kid too")."""
    return bool(_MORE_THAN_NEWS.search(text, max(0, span[0] - 12), min(len(text), span[1] + 12)))


def _doubt(clause: str, bare: int | None) -> str | None:
    """Why a removal in `clause` is asked: a doubt said, or a `bare` number that may be dollars."""
    if _HEDGED.search(clause):
        return "guests taken off, said with a doubt: how many now?"
    if bare is not None and bare >= _BARE_DOLLARS:
        return f"{bare} taken off: guests, or dollars?"
    return None


def guests_off(text: str) -> list[Off]:
    """The guests normalized `text` asks to take off, in the order said; none of a message that
    talks money beside a bare number."""
    found: list[Off] = []
    taken: list[Span] = []
    matches = [m for p in (_OFF, _SPLIT, _BY, _DOWN) for m in p.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if (read := _items(text, m)) is None:
            continue
        items, end = read
        clause = _clause(text, (m.start(), end))
        bare = not any(g for g in m.groups() if g and not g.isdigit())
        if bare and _MONEY.search(clause):
            continue  # "can you take 10 off, the price is a lot": money, `discounts`
        doubt = _doubt(clause, items[0][0] if bare else None)
        more = said_more(text, (m.start(), end))
        taken.append((m.start(), end))
        found += [Off(-n, band, (m.start(), end), doubt=doubt, more=more) for n, band in items]
    return found


def told_once(offs: list[Off]) -> tuple[list[tuple[int, str | None]], list[str]]:
    """The changes of `offs` (removals asked for and dropouts told, in any order), a dropout and
    the removal that restates it counted once, and what is asked: a removal of a number other
    than the dropout's it follows."""
    news = [o for o in offs if not o.request]
    changes: list[tuple[int, str | None]] = []
    checks: list[str] = []
    for off in (o for o in offs if o.request):
        same = next((n for n in news if n.delta == off.delta and _fits(n.band, off.band)), None)
        same = None if off.more else same  # "2 people cancelled, also 2 fewer kids": both
        if same is not None:
            news.remove(same)  # the same guests: the removal's band where it names one
            changes.append((off.delta, off.band if off.band is not None else same.band))
            continue
        other = next((n for n in news if _fits(n.band, off.band)), None)
        if other is not None and not off.more:
            checks.append(f"{-other.delta} dropping out, but {-off.delta} taken off: how many fewer?")
        changes.append((off.delta, off.band))
    return [(n.delta, n.band) for n in news] + changes, checks


def _fits(news: str | None, asked: str | None) -> bool:
    """A dropout's band and a removal's can be the same guests: one names none, or the same, or
    grown relations ("kin") taken off as adults."""
    return news is None or asked is None or news == asked or {news, asked} == {"kin", "adults"}
