"""The conversation page shows the order a quote draft priced, from the order stored with it."""

from __future__ import annotations

import re

from tests.console.conftest import OpenConsole


async def test_the_draft_shows_the_stored_order(open_console: OpenConsole) -> None:
    console = await open_console()
    await console.sign_in("Maya")
    response = await console.post("/admin/simulate", {
        "channel": "sms", "sender": "+19165550123",
        "text": "hi!! 14 adults + 2 kids (7 & 4), 10 lobster, pls add sake. zip 95630-4410"})  # fmt: skip
    assert response.status_code == 303, response.text
    await console.drain()
    page = await console.get(response.headers["location"].split("?")[0])
    order = re.search(r'<div class="order">.*?</div>', page.text, re.S)
    assert order is not None
    assert re.findall(r"<li>(.*?)</li>", order.group(0)) == [
        "Guests: 14 adults 13+, 1 kids 6-12, 1 kids 5 and under",
        "Proteins: 10 lobster tail",
        "Add-ons: premium sake service",
        "ZIP: 95630",
        "Read by: the offline reading",
    ]
