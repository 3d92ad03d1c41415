"""The order as understood, shown to reviewers above the breakdown, from the stored quote."""

from __future__ import annotations

from pathlib import Path

from app.review.view import order_lines
from orchestrator.catalog import load_catalog
from orchestrator.service import Orchestrator
from vocabulary.messages import Channel

CATALOG = Path(__file__).resolve().parents[2] / "orchestrator" / "catalog" / "hibachi.toml"


async def test_order_lines_come_from_the_quote_the_tool_priced() -> None:
    catalog = load_catalog(CATALOG)
    draft = await Orchestrator(catalog=catalog, client=None, model="unused").draft(
        channel=Channel.SMS, text="12 adults, 3 kids (4, 8, 10), lobster for everyone + sake, 95630-1234"
    )
    assert draft.quote is not None
    assert order_lines(dict(draft.quote)) == [
        "Guests: 12 adults 13+, 2 kids 6-12, 1 kids 5 and under",
        "Proteins: 14 lobster tail",
        "Add-ons: premium sake service",
        "ZIP: 95630",
    ]
    assert draft.text.startswith("12 adults, 2 kids 6-12, 1 under 6 (free), 14 lobster tail")
