"""`with_own_replies`: a corpus conversation's earlier quote rewritten as the responder writes it,
so its last message is read after the gateway's own reply, as on the real path."""

from __future__ import annotations

from pathlib import Path

from orchestrator.catalog import Catalog
from orchestrator.evaluation import Case, as_received, evaluate, load_cases
from orchestrator.own_replies import quotes_in_history, with_own_replies, written_total
from orchestrator.service import Orchestrator, Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.corpus_text import INBOUND_TEXT
from vocabulary.messages import Channel

FIRST = "quote for 12 adults, chicken and ny strip, 95826"
WRITTEN = ("Quote for 12 adults with 12 chicken, 12 NY strip steak: guests $660.00. Travel to "
           "95826: no fee. Total $660.00. A $100 deposit holds the date (deducted from the bill).")  # fmt: skip
ORDER = {"adults": 12, "children": 0, "toddlers": 0, "add_ons": ["premium sake service"],
         "zip_code": "95826", "proteins": [{"protein": "chicken", "portions": 12},
                                           {"protein": "NY strip steak", "portions": 12}]}  # fmt: skip


def case(quote: str, *, first: str = FIRST) -> Case:
    history = (Turn(role="customer", text=first), Turn(role="business", text=quote),
               Turn(role="business", text="Any questions, just ask!"))  # fmt: skip
    return Case("c1", Channel.EMAIL, "add the sake service pls", history,
                {"intent": "quote", "order": ORDER})  # fmt: skip


def offline(catalog: Catalog, distance: ZipCentroidDistance) -> Orchestrator:
    return Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)


def test_a_business_turn_counts_as_a_quote_when_it_states_one_total() -> None:
    assert written_total(WRITTEN) is not None and str(written_total(WRITTEN)) == "660.00"
    assert written_total("Option A: Total $550.00. Option B: Total $610.00.") is None
    assert written_total("How many kids, and how old?") is None
    assert quotes_in_history(case(WRITTEN)) == 1


async def test_the_writers_quote_becomes_the_responders_own_draft(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    responder = offline(catalog, distance)
    own = await with_own_replies(responder, case(WRITTEN))
    assert own is not None
    first_draft = await responder.draft(channel=Channel.EMAIL, text=FIRST, history=())
    assert [t.text for t in own.history] == [FIRST, first_draft.text, "Any questions, just ask!"]
    assert first_draft.text != WRITTEN and "$660.00" in first_draft.text
    assert (own.id, own.text, own.expect) == ("c1", "add the sake service pls", case(WRITTEN).expect)


async def test_a_conversation_whose_quote_the_responder_would_not_send_is_left_out(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    responder = offline(catalog, distance)
    # the writer's quote priced another total than the responder does for that message
    assert await with_own_replies(responder, case(WRITTEN.replace("$660.00", "$700.00"))) is None
    # the responder asks about that message ("steak" alone) instead of quoting it
    steak = "quote for 12 adults, chicken and steak, 95826"
    assert await with_own_replies(responder, case(WRITTEN, first=steak)) is None


async def test_a_written_quote_offering_an_add_on_is_left_out(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    # the responder never offers an add-on: "yes add it please!" would answer nothing it asked
    offer = WRITTEN + " Would you like to add the premium sake service for $25?"
    assert await with_own_replies(offline(catalog, distance), case(offer)) is None


# Round q81h: conversations read after the gateway's own earlier quote, as on the real path. The
# q80i bookings ("looks right, book it 👍 sat the 14th") found no quote in our own reply (its
# place is a town, not a ZIP) and asked "which order?"; add-ons declined by their reason ("none of
# us drink") after our own quote, which offers none, went unhandled. Each exact as after the
# writer's quote, the marked ones asked. Round q81q: a what-if built on ("ok do that but keep the
# chicken for 4 of them", "ok good. add the sake") read through our own quote, its ZIP the
# customer's; q81q-04 asked ("go back to 12 people and add ...": 12 more?), 06 marked ask.
OWN_READ = {
    "inquiries": [f"q80i-{n:02d}" for n in range(1, 16) if n != 8]  # 08: no quote before it
    + [f"q81h-{n:02d}" for n in range(1, 10) if n != 7]  # 07: no quote before it
    + [f"q81q-{n:02d}" for n in range(1, 10)],  # round q81q: what-ifs built on, gone back to
    "inquiries_blind168": ["ff034", "ff084"],
    "inquiries_blind170": ["fh006", "fh038", "fh086"],
    "inquiries_blind135": ["dy099"],
    "inquiries_blind156": ["et018"],
    "inquiries_blind157": ["eu035"],
}


async def test_earlier_quotes_in_our_own_wording_are_read_as_the_writers(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    responder = offline(catalog, distance)
    data = Path(__file__).parents[1] / "data"
    cases = [c for name, ids in OWN_READ.items() for c in load_cases(data / f"{name}.jsonl") if c.id in ids]
    assert all(quotes_in_history(c) for c in cases)
    own = [await with_own_replies(responder, as_received(c, INBOUND_TEXT)) for c in cases]
    kept = [c for c in own if c is not None]
    assert len(kept) == len(cases) == sum(map(len, OWN_READ.values()))  # none left out
    report, _ = await evaluate(responder, kept, distance=distance)
    outcomes = {r.case.id: r.outcome for r in report.results}
    asked = {i for i, o in outcomes.items() if o == "asked"}
    assert asked == {"q80i-07", "q80i-15", "q81h-03", "q81q-04", "q81q-06"}
    assert all(o != "wrong" for o in outcomes.values())
