"""The business's own quote text read back: what each quote of a reply says, in the responder's
wording ("Quote for 10 adults, 2 children (6-12) with 12 chicken, 12 NY strip steak: guests
$610.00, add-ons $25.00 (premium sake service). Travel to 95826: no fee. Total $635.00."), one
line a quote, a label before it when a reply gives several ("Option B: Quote for ...", "Chicken &
lobster: Quote for ..."). The readers of a conversation's earlier quotes (the option chosen, a
what-if taken back, a total said back, an earlier quote gone back to) read it here, and only here.

Only the responder's wording is read: the party and its portions before the first ": ", the
"Total $" with its cents, the add-ons as "add-ons $25.00 (names)" and the place as "Travel to" a
ZIP. A quote written otherwise ("For 40 adults with chicken and shrimp: Total $2,200.00") is no
`OurQuote`; its stated total is still one (`QUOTED_TOTAL`, `quoted_total`).

The gateway's own replies as sent (`orchestrator/replies.py`) are read too (round q80j), in the
two shapes the reply builder writes: on compact channels one sentence ("14 adults, 2 kids 6-12,
14 NY strip steak, 14 salmon, premium sake service: $865.00 total, no travel fee."), on the
others a breakdown ("Here's your quote:" then "- 20 adults x $55.00 = $1,100.00", "- 20 chicken,
20 NY strip steak (included)", "- Premium sake service: $25.00", "- Travel to Roseville, CA:
...", "Total: $1,125.00 (no sales tax)"). They name the place, never its ZIP (`zip_code` None,
`place` the town on the breakdown, none in the sentence); a line or piece of neither shape makes
no quote. The responder writes one quote a reply, never two options: its quotes have no label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# "Option B: Quote for 16 adults with 16 NY strip steak, 16 scallops: guests ... Total $960.00.":
# the label's words (at most 30 before "Quote for" on its line), what the quote is for, the body
_QUOTE = re.compile(
    r"(?P<label>[^\n:]{0,30}?):?\s*Quote for (?P<head>[^:\n]+?): (?P<body>[^\n]*?)"
    r"Total \$(?P<total>\d[\d,]*\.\d\d)"
)
# "12 adults, 2 children (6-12) with 14 chicken, 14 NY strip steak": the party, then its portions
_PARTY = re.compile(r"(?P<party>.+?) with (?P<items>.+)")
# "14 chicken" in the portions, "2 children (6-12)" in the party
_COUNTED = re.compile(r"(\d+) ([^,]+)")
_ZIP = re.compile(r"\bTravel to (\d{5})\b")
# "Travel to 95826: no fee", "Travel to 95630: 23.2 miles, fee $12.50": up to the sentence's end
_TRAVEL = re.compile(r"\bTravel to \d{5}: (?P<travel>[^.]*(?:\.\d[^.]*)*)")
_ADD_ONS = re.compile(r"\badd-ons \$[\d,.]+ \(([^)]+)\)")
# "Total $1010.00." anywhere in a business reply, a quote of ours or not, cents or none
QUOTED_TOTAL = re.compile(r"\bTotal \$(\d[\d,]*(?:\.\d\d)?)")


@dataclass(frozen=True, slots=True)
class OurQuote:
    """One quote of a business reply as its words say it.

    `label` is the words before "Quote for" on its line as written ("Option B", "Chicken &
    lobster", "" when none); `head` what the quote is for as written (the party and its portions);
    `party` the head's words before its first " with " ("12 adults, 2 children (6-12)"); `bands`
    the guests by band as counted there ((12, "adults"), (2, "children (6-12)")); `portions` each
    protein's portions ((14, "chicken"), ...), none when the words after " with " are no portions;
    `add_ons` the add-ons' names; `zip_code` and `travel` ("no fee") the place and its fee as
    said (`travel` None when the fee is yet to be confirmed); `total` the quote's total; `place`
    the town our own breakdown names ("Roseville, CA") in place of a ZIP."""

    label: str
    head: str
    party: str
    bands: tuple[tuple[int, str], ...]
    portions: tuple[tuple[int, str], ...]
    add_ons: tuple[str, ...]
    zip_code: str | None
    travel: str | None
    total: Decimal
    place: str | None = None


def _counted(words: str) -> tuple[tuple[int, str], ...]:
    """Each "N thing" of `words` ("14 chicken, 14 NY strip steak") as (N, "thing")."""
    return tuple((int(n), name.strip()) for n, name in _COUNTED.findall(words))


def _read(m: re.Match[str]) -> OurQuote:
    """The quote the match `m` of `_QUOTE` holds."""
    head, body = m.group("head"), m.group("body")
    split = _PARTY.fullmatch(head)
    party, items = (split.group("party"), split.group("items")) if split else (head, "")
    zip_code, travel = _ZIP.search(body), _TRAVEL.search(body)
    add_ons = _ADD_ONS.search(body)
    return OurQuote(
        label=m.group("label"),
        head=head,
        party=party,
        bands=_counted(party),
        portions=_counted(items) if re.match(r"\d+ ", items) else (),
        add_ons=tuple(add_ons.group(1).split(", ")) if add_ons else (),
        zip_code=zip_code.group(1) if zip_code else None,
        travel=travel.group("travel") if travel else None,
        total=Decimal(m.group("total").replace(",", "")),
    )


def our_quotes(text: str) -> list[OurQuote]:
    """Each quote of the business reply `text` in the responder's wording, in order: the
    corpora's "Quote for ..." lines, or the gateway's own sentence or breakdown."""
    return [_read(m) for m in _QUOTE.finditer(text)] + _own_quotes(text)


# ---- the gateway's own replies (orchestrator/replies.py) ----

# a guest band as `guests_phrase` writes it ("14 adults", "2 kids 6-12", "1 under 6 (free)",
# "1 age 5 and under (free)") or a breakdown line's ("4 children 6-12", "2 children 5 and under")
_BAND = re.compile(
    r"\d+ (?:adults?|kids? 6-12|under 6 \(free\)|age 5 and under \(free\)|child(?:ren)? 6-12"
    r"|child(?:ren)? 5 and under)"
)
_PORTION = re.compile(r"\d+ [^\d,]+")
_MONEY = r"\$\d[\d,]*\.\d\d"
# the compact sentence: "<guests>, <portions>, <add-ons>: $840.00 total, no travel fee." at the
# reply's start or after "Thanks for calling ..."; its travel as `travel_phrase` writes it
_SENTENCE = re.compile(
    rf"(?:^|(?<=\. ))(?P<head>\d[^:\n]*?): (?P<total>{_MONEY}) (?:total|before travel), "
    r"(?P<travel>[^.\n]*(?:\.\d[^.\n]*)*)\.(?=\s|$)"
)
# the breakdown: "Here's your quote:", its "- " lines, then "Total: $" or "Total before travel: $"
_BREAKDOWN = re.compile(
    rf"Here's your quote:\n(?P<lines>(?:- [^\n]*\n)*)Total(?: before travel)?: (?P<total>{_MONEY})"
)
_GUEST_LINE = re.compile(rf"- (?P<band>{_BAND.pattern})(?: x {_MONEY} = {_MONEY}|(?P<free>: free))")
_UPGRADE_LINE = re.compile(rf"- (?P<portion>\d+ [^\d,]+?) upgrade x {_MONEY} = {_MONEY}")
_INCLUDED_LINE = re.compile(r"- (?P<portions>\d+ [^()]+?) \(included\)")
_EXTRA_LINE = re.compile(rf"- (?P<extra>\d+ extra portions?) x {_MONEY} = {_MONEY}")
_TRAVEL_LINE = re.compile(r"- Travel(?: to (?P<place>[^:]+))?: (?P<travel>.+)")
_MINIMUM_LINE = re.compile(rf"- Party minimum {_MONEY} applied \(food came to {_MONEY}\)")
_ADD_ON_LINE = re.compile(rf"- (?P<name>[A-Z][^:]*): {_MONEY}")


def _money(words: str) -> Decimal:
    """ "$1,125.00" as an amount."""
    return Decimal(words.lstrip("$").replace(",", ""))


def _quote(bands: list[str], portions: list[str], add_ons: list[str], total: Decimal, *,
           extras: str = "", travel: str | None = None, place: str | None = None) -> OurQuote:
    """An own quote from its parts as written, its head written as the corpora's ("<party> with
    <portions>", any extra portions after them)."""
    party = ", ".join(bands)
    head = party + (" with " + ", ".join(portions) if portions else "") + extras
    return OurQuote(label="", head=head, party=party, bands=_counted(party),
                    portions=_counted(", ".join(portions)), add_ons=tuple(add_ons), zip_code=None,
                    travel=travel, total=total, place=place)  # fmt: skip


def _sentence(m: re.Match[str]) -> OurQuote | None:
    """The compact sentence `m` as a quote: its pieces the guests, then the portions, then the
    add-ons' names; None when a piece is out of that order."""
    bands: list[str] = []
    portions: list[str] = []
    add_ons: list[str] = []
    for piece in m.group("head").split(", "):
        if _BAND.fullmatch(piece) and not portions and not add_ons:
            bands.append(piece)
        elif _PORTION.fullmatch(piece) and bands and not add_ons:
            portions.append(piece)
        elif bands and not re.search(r"\d", piece):
            add_ons.append(piece)
        else:
            return None
    travel = m.group("travel")
    return _quote(bands, portions, add_ons, _money(m.group("total")),
                  travel=None if "TBC" in travel or "confirmed" in travel else travel)


def _breakdown(m: re.Match[str]) -> OurQuote | None:
    """The breakdown `m` as a quote; None when a line is none the reply builder writes."""
    bands: list[str] = []
    portions: list[str] = []
    add_ons: list[str] = []
    extras, travel, place = "", None, None
    for line in m.group("lines").splitlines():
        if g := _GUEST_LINE.fullmatch(line):
            bands.append(g.group("band") + (" (free)" if g.group("free") else ""))
        elif u := _UPGRADE_LINE.fullmatch(line):
            portions.append(u.group("portion"))
        elif i := _INCLUDED_LINE.fullmatch(line):
            portions.extend(i.group("portions").split(", "))
        elif e := _EXTRA_LINE.fullmatch(line):
            extras = f", {e.group('extra')}"
        elif t := _TRAVEL_LINE.fullmatch(line):
            confirmed = not t.group("travel").startswith("to be confirmed")
            travel, place = (t.group("travel"), t.group("place")) if confirmed else (None, None)
        elif _MINIMUM_LINE.fullmatch(line):
            continue
        elif a := _ADD_ON_LINE.fullmatch(line):
            name = a.group("name")  # written capitalized: the catalog's name is lower case
            add_ons.append(name[0].lower() + name[1:])
        else:
            return None
    if not bands or not all(_PORTION.fullmatch(p) for p in portions):
        return None
    return _quote(bands, portions, add_ons, _money(m.group("total")),
                  extras=extras, travel=travel, place=place)  # fmt: skip


def _own_quotes(text: str) -> list[OurQuote]:
    """The quotes of `text` in the gateway's own reply shapes."""
    found = [_sentence(m) for m in _SENTENCE.finditer(text)]
    found += [_breakdown(m) for m in _BREAKDOWN.finditer(text)]
    return [q for q in found if q is not None]


def own_totals(text: str) -> list[Decimal]:
    """The totals `text` states in the gateway's own quote shapes ("$840.00 total", "Total:
    $1,125.00"), read or not as a whole quote (`QUOTED_TOTAL` reads the corpora's "Total $")."""
    found = [_money(m.group("total")) for m in _SENTENCE.finditer(text)]
    return found + [_money(m.group("total")) for m in _BREAKDOWN.finditer(text)]


def stated_totals(business_text: str) -> list[Decimal]:
    """Each total the business reply states, in the corpora's wording or the gateway's own."""
    said = [Decimal(m.group(1).replace(",", "")) for m in QUOTED_TOTAL.finditer(business_text)]
    return said + own_totals(business_text)


def quoted_total(business_text: str) -> Decimal | None:
    """The total a business reply states ("Total $1,010.00", "$840.00 total"), when it states
    exactly one."""
    totals = set(stated_totals(business_text))
    return totals.pop() if len(totals) == 1 else None


def totals_stated(business_text: str) -> int:
    """How many totals ("Total $...", our own "$840.00 total") the business reply states, one a
    quote."""
    return len(stated_totals(business_text))
