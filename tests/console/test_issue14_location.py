"""Issue 14 item 6 in the review console: a shared location shows its place, coordinates and a
map link in the conversation, and the draft asks the customer to confirm the ZIP."""

from __future__ import annotations

from tests.console.conftest import PUBLIC_BASE, OpenConsole
from tests.helpers import fixture_bytes, twilio_signed

URL = PUBLIC_BASE + "/webhooks/twilio"


async def test_a_shared_location_is_shown_to_staff(open_console: OpenConsole) -> None:
    console = await open_console(twilio=True)
    await console.sign_in()
    body = fixture_bytes("twilio/whatsapp_location.form")
    response = await console.http.post(URL, content=body, headers=twilio_signed(URL, body))
    assert response.status_code == 200
    await console.drain()
    page = (await console.get("/admin/conversations/1")).text
    link = ('<a href="https://www.openstreetmap.org/?mlat=38.752124&amp;mlon=-121.288006#map=17/'
            '38.752124/-121.288006" rel="noopener noreferrer" target="_blank">Blue Oaks Town '
            'Center</a>')
    assert link in page
    assert "38.75212, -121.28801 - 1501 Blue Oaks Blvd, Roseville, CA 95747" in " ".join(
        page.split())
    assert "Can you confirm the event&#39;s ZIP code?" in page
    assert "zip_from_location: ZIP 95747" in page
