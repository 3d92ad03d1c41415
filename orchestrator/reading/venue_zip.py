"""Where the party is, by its ZIP code: the ZIP of the party when a message gives two ("we live in
95630 but the party is at my sister's in 95762"), and what makes the travel fee unsure: two ZIP
codes with none said to be the party's, a ZIP beside a place said not settled
(`venue_unsettled`), a city named with no ZIP (or a town after a street address)."""

from __future__ import annotations

from dataclasses import dataclass

from orchestrator import zip_table
from orchestrator.reading.named_place import named_place
from orchestrator.reading.party_zip import party_zip
from orchestrator.reading.places import city_without_zip, labelled_numbers, zip_codes
from orchestrator.reading.signature_zip import body_zip, signature_start
from orchestrator.reading.street_town import town_after_street
from orchestrator.reading.town_apart import town_apart
from orchestrator.reading.venue_towns import unsettled_towns
from orchestrator.reading.venue_unsettled import venue_checks

Span = tuple[int, int]
Check = tuple[str, str]


@dataclass(frozen=True, slots=True)
class VenueZip:
    """The party's ZIP code (None when none is given), the spans of every ZIP read (and of a
    number labelled as another: "PO 95834"), the checks of the ZIPs, and the check of a city
    named without one (kept apart: the reading adds it last)."""

    zip_code: str | None
    spans: list[Span]
    checks: list[Check]
    city_checks: list[Check]


def venue_zip(text: str, state: str, original: str) -> VenueZip:
    """The party's ZIP code of normalized `text` and its checks; `state` is the catalog's state,
    whose towns a city named without a ZIP is looked up in; `original` is the message as written,
    where a place the ZIP table does not know shows by its capitals ("in Smallville")."""
    zips = zip_codes(text)
    codes = {code for code, _ in zips}
    # "... at Harold's home, ..., CA 95608 ... Warm regards, ... CA 95825": the body's ZIP
    party = (party_zip(text, zips) or body_zip(text, zips)) if len(codes) > 1 else None
    checks: list[Check] = []
    if len(codes) > 1 and party is None:
        checks.append(("zip", f"two ZIP codes ({', '.join(sorted(codes))}): which one?"))
    # "office in 95814 but the party might be at my place"; "... might be at my place in Folsom"
    checks += venue_checks(text, bool(zips)) or unsettled_towns(text, zips, state) or town_apart(
        text, zips, state
    )  # "we live in 95630, party on may 3 in roseville": which ZIP is the party's?
    checks += _town_over_signature(text, zips, state)  # "at our home in Auburn ... CA 95814"
    # a town after a street address flags whether or not the ZIP table knows its name, and so
    # does a capitalised place after "in" or "at" ("in Smallville")
    city = (
        None
        if zips
        else (city_without_zip(text, state) or town_after_street(text) or named_place(original))
    )
    why = f"{city.title()}{_UNZIPPED}" if city else None
    return VenueZip(
        zip_code=party or (zips[0][0] if zips else None),
        spans=[span for _, span in zips] + labelled_numbers(text),  # "PO 95834": read, no ZIP
        checks=checks,
        city_checks=[("travel", why)] if why else [],
    )


_UNZIPPED = " named without a ZIP code: travel fee to be confirmed"


def _town_over_signature(text: str, zips: list[tuple[str, Span]], state: str) -> list[Check]:
    """The check of a town the body names for the party ("a surprise 60th ... at our home in
    Auburn") that the only ZIP, the signature's (the writer's office: "Sacramento, CA 95814"), is
    not in: the ZIP is not the party's, so which is (round q82k)."""
    start = signature_start(text, zips)
    town = city_without_zip(text[:start], state) if start is not None else None
    row = zip_table.matching(zips[0][0]) if town else None
    if town is None or row is None:
        return []
    if town.lower() in {name.lower() for name in (row.city, *row.acceptable_cities)}:
        return []
    code = zips[0][0]
    return [("zip", f"the party is in {town.title()}; the only ZIP ({code}) is the signature's "
                    "below: which ZIP is the party at?")]  # fmt: skip


def town_placed(checks: tuple[Check, ...], zip_code: str | None) -> tuple[Check, ...]:
    """`checks` of a later message without the one of a town named without a ZIP that the
    conversation's ZIP `zip_code` places by any name of its place ("the address is 101 Parkshore
    Dr, Folsom" after "95630"): the travel fee is the ZIP's, nothing to confirm."""
    row = zip_table.matching(zip_code) if zip_code else None
    if row is None:
        return checks
    names = {name.lower() for name in (row.city, *row.acceptable_cities)}
    return tuple(
        (key, why) for key, why in checks
        if not (key == "travel" and why.endswith(_UNZIPPED) and why[: -len(_UNZIPPED)].lower() in names)
    )  # fmt: skip
