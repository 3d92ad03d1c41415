"""The gateway's own quotes read back (orchestrator/reading/our_quote.py, round q80j): each text is
the reply builder's own (`Orchestrator.draft` on a first message), so these break when the wording
of orchestrator/replies.py changes; then the readers of earlier quotes on conversations whose
business turns are those drafts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.reading.earlier_quote import back_to_quote
from orchestrator.reading.our_quote import OurQuote, our_quotes, quoted_total, totals_stated
from orchestrator.reading.quote_options import quotes
from orchestrator.reading.taken_back import what_if_taken_back
from orchestrator.reading.totals_said_back import quoted_guests
from orchestrator.service import Orchestrator
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


async def _reply(offline: Orchestrator, channel: Channel, text: str,
                 history: tuple[Turn, ...] = ()) -> str:
    """The responder's own reply to `text`, checked to be one it sends as is."""
    draft = await offline.draft(channel=channel, text=text, history=history)
    assert not draft.needs_human and draft.quote is not None, draft.flags
    return draft.text


def _quote(head: str, party: str, bands: tuple[tuple[int, str], ...],
           portions: tuple[tuple[int, str], ...], total: str, *, add_ons: tuple[str, ...] = (),
           travel: str | None = None, place: str | None = None) -> OurQuote:
    """An own quote as read: no label, no ZIP."""
    return OurQuote(label="", head=head, party=party, bands=bands, portions=portions,
                    add_ons=add_ons, zip_code=None, travel=travel, total=Decimal(total),
                    place=place)  # fmt: skip


async def test_the_sms_sentence(offline: Orchestrator) -> None:
    text = await _reply(offline, Channel.SMS, "14 adults ny strip and salmon, 95693")
    assert our_quotes(text) == [
        _quote("14 adults with 14 NY strip steak, 14 salmon", "14 adults", ((14, "adults"),),
               ((14, "NY strip steak"), (14, "salmon")), "840.00", travel="no travel fee")
    ]  # fmt: skip
    assert quoted_total(text) == Decimal("840.00") and totals_stated(text) == 1


async def test_the_sms_sentence_with_kids_an_add_on_and_no_zip_yet(offline: Orchestrator) -> None:
    text = await _reply(offline, Channel.SMS,
                        "12 adults 2 kids (8 and 10) chicken and shrimp, add the sake service")
    assert our_quotes(text) == [
        _quote("12 adults, 2 kids 6-12 with 14 chicken, 14 shrimp", "12 adults, 2 kids 6-12",
               ((12, "adults"), (2, "kids 6-12")), ((14, "chicken"), (14, "shrimp")), "745.00",
               add_ons=("premium sake service",))
    ]  # fmt: skip
    assert quoted_guests(text) == 14  # the ages "6-12" are no guests


async def test_the_email_breakdown(offline: Orchestrator) -> None:
    text = await _reply(
        offline, Channel.EMAIL,
        "20 adults, 4 kids age 8, 2 toddlers, chicken and lobster, add the sake service. ZIP 95678",
    )
    party = "20 adults, 4 children 6-12, 2 children 5 and under (free)"
    assert our_quotes(text) == [
        _quote(f"{party} with 24 chicken, 24 lobster tail", party,
               ((20, "adults"), (4, "children 6-12"), (2, "children 5 and under (free)")),
               ((24, "chicken"), (24, "lobster tail")), "1605.00",
               add_ons=("premium sake service",),
               travel="20.0 miles, no fee (first 30 miles free)", place="Roseville, CA")
    ]  # fmt: skip
    assert quoted_total(text) == Decimal("1605.00") and quoted_guests(text) == 26


async def test_the_breakdown_with_extra_portions_and_the_party_minimum(offline: Orchestrator) -> None:
    extras = await _reply(offline, Channel.EMAIL,
                          "10 adults, chicken and lobster, 95630, plus 3 extra portions of chicken")
    assert [q.head for q in our_quotes(extras)] == [
        "10 adults with 13 chicken, 10 lobster tail, 3 extra portions"
    ]
    minimum = await _reply(offline, Channel.EMAIL, "6 adults chicken and shrimp, 95816")
    assert our_quotes(minimum) == [
        _quote("6 adults with 6 chicken, 6 shrimp", "6 adults", ((6, "adults"),),
               ((6, "chicken"), (6, "shrimp")), "550.00",
               travel="1.7 miles, no fee (first 30 miles free)", place="Sacramento, CA")
    ]  # fmt: skip


async def test_the_medium_channels_breakdown_reads_its_proteins_on_one_line(
    offline: Orchestrator,
) -> None:
    text = await _reply(offline, Channel.INSTAGRAM, "10 adults chicken and ny strip, zip 95630")
    assert "- 10 chicken, 10 NY strip steak (included)" in text
    assert [(q.portions, q.place) for q in our_quotes(text)] == [
        (((10, "chicken"), (10, "NY strip steak")), "Folsom, CA")
    ]


async def test_our_quotes_name_no_zip_so_none_is_an_option_that_would_lose_its_place(
    offline: Orchestrator,
) -> None:
    # the responder writes one quote a reply, never two options: no label, and an order written
    # from a quote whose place is said without its ZIP would lose it
    placed = await _reply(offline, Channel.EMAIL, "10 adults chicken and ny strip, zip 95630")
    assert [q.label for q in our_quotes(placed)] == [""] and quotes(placed) == []
    unplaced = await _reply(offline, Channel.SMS, "15 adults chicken and salmon")
    assert [o.total for o in quotes(unplaced)] == [900.0]


async def _conversation(offline: Orchestrator, channel: Channel,
                        messages: list[str]) -> tuple[tuple[Turn, ...], list[tuple[str, str]]]:
    """The customer's `messages`, each answered by the responder's own reply but the last: the
    history before the last, and every turn as (role, text)."""
    history: list[Turn] = []
    for message in messages[:-1]:
        reply = await _reply(offline, channel, message, tuple(history))
        history += [Turn(role="customer", text=message), Turn(role="business", text=reply)]
    return tuple(history), [(str(t.role), t.text) for t in history] + [("customer", messages[-1])]


async def test_an_earlier_own_quote_gone_back_to(offline: Orchestrator) -> None:
    messages = ["14 adults ny strip and salmon, 95693", "what if lobster instead of salmon",
                "too rich for us go back to the first one but add the sake service"]
    history, turns = await _conversation(offline, Channel.SMS, messages)
    read = back_to_quote(turns)
    assert read[:2] == turns[:2]
    assert read[2][1].split() == ["too", "rich", "for", "us", "add", "the", "sake", "service"]
    draft = await offline.draft(channel=Channel.SMS, text=messages[-1], history=history)
    assert draft.quote is not None and Decimal(str(draft.quote["total"])) == Decimal("865.00")


async def test_a_what_if_taken_back_in_our_own_breakdowns(offline: Orchestrator, catalog: Catalog) -> None:
    messages = ["12 adults chicken and filet mignon, 95630", "what if ny strip instead of the filet",
                "ok lets go back to the filet, its his 50th"]
    _, turns = await _conversation(offline, Channel.EMAIL, messages)
    assert what_if_taken_back(turns, catalog) == [*turns[:2], ("customer", "ok go with that quote")]


async def test_a_what_if_taken_back_needs_the_same_place(offline: Orchestrator, catalog: Catalog) -> None:
    # two sentences with "no travel fee" name no place: a message between them that moves the
    # event leaves the conversation as it was
    first = "12 adults chicken and filet mignon, 95826"
    q1 = await _reply(offline, Channel.SMS, first)
    q2 = await _reply(offline, Channel.SMS, "12 adults chicken and ny strip, 95630")
    back = ("customer", "ok lets go back to the filet")
    for between, taken in [("what if ny strip instead of the filet", True),
                           ("what if ny strip instead of the filet, and its at 95630 now", False),
                           ("what if ny strip instead of the filet, we moved it to Folsom", False)]:
        turns = [("customer", first), ("business", q1), ("customer", between), ("business", q2), back]
        assert (what_if_taken_back(turns, catalog) != turns) is taken, between
