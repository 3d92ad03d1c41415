"""The business's own quote text read back: what each quote of a reply says, in the responder's
wording ("Quote for 10 adults, 2 children (6-12) with 12 chicken, 12 NY strip steak: guests
$610.00, add-ons $25.00 (premium sake service). Travel to 95826: no fee. Total $635.00."), one
line a quote, a label before it when a reply gives several ("Option B: Quote for ...", "Chicken &
lobster: Quote for ..."). The readers of a conversation's earlier quotes (the option chosen, a
what-if taken back, a total said back, an earlier quote gone back to) read it here, and only here.

Only the responder's wording is read: the party and its portions before the first ": ", the
"Total $" with its cents, the add-ons as "add-ons $25.00 (names)" and the place as "Travel to" a
ZIP. A quote written otherwise ("For 40 adults with chicken and shrimp: Total $2,200.00") is no
`OurQuote`; its stated total is still one (`QUOTED_TOTAL`, `quoted_total`)."""

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
    said; `total` the quote's total."""

    label: str
    head: str
    party: str
    bands: tuple[tuple[int, str], ...]
    portions: tuple[tuple[int, str], ...]
    add_ons: tuple[str, ...]
    zip_code: str | None
    travel: str | None
    total: Decimal


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
    """Each quote of the business reply `text` in the responder's wording, in order."""
    return [_read(m) for m in _QUOTE.finditer(text)]


def quoted_total(business_text: str) -> Decimal | None:
    """The total a business reply states ("Total $1,010.00"), when it states exactly one."""
    totals = {Decimal(m.group(1).replace(",", "")) for m in QUOTED_TOTAL.finditer(business_text)}
    return totals.pop() if len(totals) == 1 else None


def totals_stated(business_text: str) -> int:
    """How many totals ("Total $...") the business reply states, one a quote."""
    return len(QUOTED_TOTAL.findall(business_text))
