"""The console in a real browser: Chromium (headless, driven by Playwright) against a real
uvicorn server with the in-process worker. Simulate a quote request by SMS, review the exact
quote, edit, approve, and watch the reply land in the dry-run outbox."""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn
from sqlalchemy import create_engine, select

from app.db import sync_url
from app.main import create_app
from app.models import AuditEvent, Draft, Outbox
from tests.console.conftest import NO_TWILIO, PASSWORD
from vocabulary.settings import Settings

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "console.png"
QUOTE_ASK = "Hi, quote for 10 adults with filet mignon, ZIP 95630"
EDITED = ("Hi Dana! For 10 adults with filet mignon it is $600.00 total, no travel fee to "
          "Folsom. A $100.00 deposit books your date.")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium "
    "(apt-get install chromium; `make test` installs it)"
)


@pytest.fixture
def server(make_settings: Callable[..., Settings]) -> Iterator[tuple[str, Settings]]:
    """The gateway served by uvicorn on 127.0.0.1 (a free port), worker running in-process."""
    from app.review.console.mount import install_console

    settings = make_settings(admin_password=PASSWORD, worker_poll_seconds=0.1, **NO_TWILIO)
    app = create_app(settings, run_worker=True)
    if not any(getattr(route, "path", "") == "/admin" for route in app.routes):
        install_console(app, app.state.runtime)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, name="console-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not uv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    port = uv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", settings
    uv.should_exit = True
    thread.join(timeout=15)


def test_quote_review_in_the_browser(server: tuple[str, Settings], tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, settings = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(20_000)
            page.goto(base + "/admin")
            expect(page).to_have_url(base + "/admin/login")
            page.get_by_label("Your name").fill("Maya")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_text("console:Maya")).to_be_visible()

            page.get_by_label("From (phone)").fill("+19165550123")
            page.get_by_label("Message").fill(QUOTE_ASK)
            page.get_by_role("button", name="Send as customer").click()
            expect(page).to_have_url(re.compile(r"/admin/conversations/\d+"))
            # The page refreshes itself until the worker has drafted the reply.
            expect(page.locator(".quote")).to_contain_text("Total: $600.00")
            expect(page.locator(".draft-text")).to_contain_text("$600.00 total")
            page.screenshot(path=str(tmp_path / "draft.png"), full_page=True)

            page.locator("#edit-text").fill(EDITED)
            page.get_by_role("button", name="Check").click()
            expect(page.locator(".segments")).to_have_text("1 SMS segment(s), GSM-7")
            page.get_by_role("button", name="Approve edited reply").click()
            expect(page.get_by_role("status").filter(has_text="Approved with your edit")
                   ).to_be_visible()
            # The worker sends (here: the dry run); the page refreshes until it has.
            reply = page.locator("li.outbox")
            expect(reply.locator(".badge.state-dry_run")).to_have_text("DRY RUN - not sent")
            expect(reply.locator(".text")).to_have_text(EDITED)
            page.screenshot(path=str(tmp_path / "dry_run.png"), full_page=True)

            page.goto(base + "/admin")
            expect(page.locator("table.inbox")).to_contain_text("+19165550123")
            page.screenshot(path=str(tmp_path / "inbox.png"), full_page=True)
        finally:
            browser.close()

    engine = create_engine(sync_url(settings.database_url))
    try:
        with engine.connect() as conn:
            draft = conn.execute(select(Draft.state, Draft.final_text, Draft.decided_by)).one()
            outbox = conn.execute(select(Outbox.state, Outbox.text, Outbox.recipient)).one()
            events = conn.execute(select(AuditEvent.actor, AuditEvent.action)).all()
    finally:
        engine.dispose()
    assert tuple(draft) == ("edited", EDITED, "console:Maya")
    assert tuple(outbox) == ("dry_run", EDITED, "+19165550123")
    assert [tuple(e) for e in events] == [("console:Maya", "edit")]
    # The README's picture is refreshed only on request, so a test run never edits the tree.
    if os.environ.get("UPDATE_SCREENSHOT"):
        shutil.copyfile(tmp_path / "draft.png", DOCS_SCREENSHOT)


PHONE_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "console-phone.png"
PHONE: ViewportSize = {"width": 390, "height": 844}
SNIPPET = "Thanks {name}! We will confirm the date with you shortly."


def test_live_console_on_a_phone(server: tuple[str, Settings], tmp_path: Path) -> None:
    """At a phone's size: a new customer message and its draft appear without a reload (a marker
    set in the page survives), keyboard shortcuts approve, edit and reach reject and redraft, and
    a saved reply is inserted while editing."""
    from playwright.sync_api import expect, sync_playwright

    base, settings = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                          has_touch=True)
            context.set_default_timeout(20_000)
            page = context.new_page()
            page.goto(base + "/admin/login")
            page.get_by_label("Your name").fill("Maya")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.goto(base + "/admin/snippets")
            page.get_by_label("Title").fill("Date to confirm")
            page.get_by_label("Text").fill(SNIPPET)
            page.get_by_role("button", name="Save").click()
            expect(page.locator(".snippet-list")).to_contain_text("Date to confirm")

            # The inbox, left open: the customer's first message arrives from another tab.
            page.goto(base + "/admin")
            page.evaluate("window.__notReloaded = true")
            customer = context.new_page()
            simulate(customer, base, "whatsapp", "Dana Reyes", "Hi! Do you cater on Sundays?")
            row = page.locator("#inbox-rows tr.unread")
            expect(row).to_contain_text("Dana Reyes")
            expect(row.locator(".dot")).to_have_text("1 new")
            expect(page).to_have_title(re.compile(r"^\(1\) Inbox"))
            assert page.evaluate("window.__notReloaded") is True

            row.get_by_role("link").click()
            expect(page.locator("#draft h2")).to_contain_text("to review")
            expect(page.locator("#unread-total")).to_be_hidden()  # looking at it read it
            page.once("dialog", lambda dialog: dialog.accept())
            page.keyboard.press("a")  # approve the first draft as written
            expect(page.get_by_role("status").filter(has_text="Approved:")).to_be_visible()
            expect(page.locator("li.outbox .badge.state-dry_run")).to_be_visible()

            # The customer writes again; the open page shows the message and the new draft.
            page.evaluate("window.__notReloaded = true")
            simulate(customer, base, "whatsapp", "Dana Reyes",
                     "Great. Quote for 10 adults with filet mignon in 95630?")
            expect(page.locator("#history")).to_contain_text("Quote for 10 adults")
            expect(page.locator(".draft-text")).to_contain_text("$600.00")
            assert page.evaluate("window.__notReloaded") is True
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"the page is {width}px wide on a 390px screen"
            page.screenshot(path=str(tmp_path / "phone-full.png"), full_page=True)
            page.evaluate("document.getElementById('draft').scrollIntoView()")
            page.screenshot(path=str(tmp_path / "phone.png"))

            page.keyboard.press("r")
            expect(page.locator("#reject-reason")).to_be_focused()
            page.keyboard.press("Escape")
            page.keyboard.press("d")
            expect(page.locator("#redraft-note")).to_be_focused()
            page.keyboard.press("Escape")
            page.keyboard.press("e")
            edit = page.locator("#edit-text")
            expect(edit).to_be_focused()
            edit.fill("")
            page.locator("#snippet-pick").select_option(label="Date to confirm")
            expect(edit).to_have_value("Thanks Dana! We will confirm the date with you shortly.")
            edit.press("Control+Enter")
            expect(page.get_by_role("status").filter(has_text="Approved with your edit")
                   ).to_be_visible()
            expect(page.locator("li.outbox .badge.state-dry_run")).to_have_count(2)
        finally:
            browser.close()

    engine = create_engine(sync_url(settings.database_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Draft.state, Draft.decided_by, Draft.final_text)
                                .order_by(Draft.id)).all()
    finally:
        engine.dispose()
    assert [(state, by) for state, by, _ in rows] == [("approved", "console:Maya"),
                                                      ("edited", "console:Maya")]
    assert rows[1][2] == "Thanks Dana! We will confirm the date with you shortly."
    if os.environ.get("UPDATE_SCREENSHOT"):
        shutil.copyfile(tmp_path / "phone.png", PHONE_SCREENSHOT)


def simulate(page: object, base: str, channel: str, name: str, text: str) -> None:
    """Send a customer message through the console's simulator form (the real webhook path).
    The form is posted without following the redirect: opening the conversation in this tab
    would mark it read for everyone."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.goto(base + "/admin")
    page.locator("select[name=channel]").select_option(channel)
    page.get_by_label("From (phone)").fill("+19165550123")
    page.get_by_label("Name (WhatsApp profile, optional)").fill(name)
    page.get_by_label("Message").fill(text)
    status = page.evaluate("""async () => {
        const form = document.querySelector("#simulate form");
        const response = await fetch(form.action, {method: "POST", redirect: "manual",
                                                   body: new URLSearchParams(new FormData(form))});
        return response.type;
    }""")
    assert status == "opaqueredirect"
