"""`evaluate(..., prepare=...)`: each case's texts pass through their channel's inbound
normalization (the email adapter's, supplied by the caller) before the responder reads them; the
score still compares with the case as written."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.evaluation import Case, as_received, evaluate
from orchestrator.service import Orchestrator, Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.corpus_text import INBOUND_TEXT
from vocabulary.messages import Channel

ORDER = {"adults": 18, "children": 0, "toddlers": 0, "add_ons": [], "zip_code": "95630",
         "proteins": [{"protein": "NY strip steak", "portions": 18},
                      {"protein": "lobster tail", "portions": 18}]}  # fmt: skip
QUOTE = ("Hi Greg,\n\nQuote for 18 adults with 18 NY strip steak, 18 salmon: guests $990.00, "
         "protein upgrades $90.00. Travel to 95630: no fee. Total $1080.00.\n\nBest,\n"
         "Sacramento Hibachi at Home")  # fmt: skip
SIGNED = ("Make the salmon lobster tail instead. Everything else stays the same.\n\nGreg Tanaka\n"
          "Tanaka & Ruiz CPAs\n2150 River Plaza Dr, Suite 300\nSacramento, CA 95833\n"
          "(916) 555-0172 ext 14")  # fmt: skip
FIRST = "18 adults, NY strip and salmon, at our home in Folsom (95630).\n\nThanks,\nGreg Tanaka"


def case(channel: Channel) -> Case:
    history = (Turn(role="customer", text=FIRST), Turn(role="business", text=QUOTE + "\n\nThanks,"))
    return Case("c1", channel, SIGNED, history, {"intent": "quote", "order": ORDER})


def test_an_email_case_is_read_as_the_adapter_hands_it_over() -> None:
    seen = as_received(case(Channel.EMAIL), INBOUND_TEXT)
    assert seen.text == "Make the salmon lobster tail instead. Everything else stays the same."
    assert [t.text for t in seen.history] == [
        "18 adults, NY strip and salmon, at our home in Folsom (95630).",
        QUOTE + "\n\nThanks,",  # the business's own turn is stored as sent
    ]


def test_other_channels_pass_as_written() -> None:
    sms = case(Channel.SMS)
    assert as_received(sms, INBOUND_TEXT) is sms


async def test_the_signature_zip_never_reaches_the_reader(catalog: Catalog,
                                                          distance: ZipCentroidDistance) -> None:
    offline = Orchestrator(catalog=catalog, client=None, model="unused", distance=distance)
    report, drafts = await evaluate(offline, [case(Channel.EMAIL)], distance=distance,
                                    prepare=INBOUND_TEXT)
    assert report.results[0].outcome == "exact", report.results[0].detail
    assert report.results[0].case.text == SIGNED  # scored against the case as written
    assert drafts[0].quote is not None and drafts[0].quote["travel"]["zip_code"] == "95630"
