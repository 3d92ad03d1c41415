"""The text the email adapter hands the responder, for whole emails as customers send them
(tests/fixtures/email/bodies): the newest reply, a forwarded message's body after the note, no
quoted history, no sign-off, no trailing contact block (an office's suite, phone and ZIP are no
party's), and nothing of the order lost (a party address introduced as such, a pasted form, the
signature of a party held at the writer's office)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.email_normalize import EmailFields, strip_reply, to_inbound

BODIES = Path(__file__).resolve().parents[1] / "fixtures" / "email" / "bodies"

EXPECTED = {
    # Gmail forward: the sister's words are the change; her "Sent from my iPhone" and the thread
    # she quotes are not.
    "gmail_forward_with_note.txt": (
        "Hi! Passing along what my sister wrote, she's co-hosting. Please update our quote. "
        "Thanks, Nadia\n\n"
        "ok so my in-laws are coming too, that's 4 more adults. and can 6 people get scallops "
        "instead of chicken?"
    ),
    # Apple Mail forward with nothing but "Sent from my iPhone" above it.
    "apple_forward_no_note.txt": (
        "Can you send this to the hibachi people? 30 adults and 10 kids between 6 and 12, chicken "
        "and steak for everybody. Party is at the hall on Stockton Blvd, 95823."
    ),
    # A reply signed with an office block and no sign-off: the block's ZIP is the office's.
    "gmail_reply_office_block.txt": (
        "Hi,\n\nThanks for the fast reply. Let's make the salmon lobster tail instead, it's our "
        "20th after all. Everything else stays the same."
    ),
    # Outlook: "Best regards," then the block (two phones on one line, a web address), then the
    # "From: / Sent: / To: / Subject:" block of our quote.
    "outlook_reply_signoff_block.txt": (
        "Thank you for the quick quote. Two more adults are joining, so 16 adults total. Same "
        "proteins."
    ),
    # The address block is introduced as the party's ("The party will be at:"): kept.
    "party_address_block.txt": (
        "Hello,\n\nWe'd like to book hibachi for my son's graduation party, Saturday June 6. 22 "
        "adults, chicken and NY strip.\n\nThe party will be at:\n\n4410 Oak Hollow Ln\n"
        "Folsom, CA 95630"
    ),
    # The lunch is "at our office" with no ZIP in the body: the signature's address is the
    # party's, so the signature stays.
    "office_party_signature.txt": (
        "Hi,\n\nWe'd like a hibachi lunch catered at our office for the whole team, we have a big "
        "patio out back. 22 adults, chicken and NY strip please.\n\nThanks so much,\nRachel Kim\n"
        "2600 Capitol Ave, Suite 410\n"
        "Sacramento, CA 95816\n916-555-0188"
    ),
    # The office is one of the two places still in the running: its address (the signature's)
    # is kept beside the home's ZIP, so the reader sees both (the title and firm lines are not:
    # their words name no guest, round q82p).
    "office_or_home_undecided.txt": (
        "Good afternoon,\n\nOur team would like pricing for a hibachi holiday dinner, 18 adults, "
        "filet mignon and shrimp for everyone.\n\nWe haven't decided whether we're hosting it at "
        "the office or at my place in Folsom (95630).\n\nBest,\nKevin Strand\n"
        "2390 Gateway Oaks Dr, Suite 210\nSacramento, CA 95833\n"
        "Direct 916-555-4471 | Fax 916-555-4400"
    ),
    # "Organization:" and "Date:" lines of a pasted form are no quoted header (that opens with
    # "From:"): the form is kept, the club's contact block after it is not.
    "pasted_booking_form.txt": (
        "Event Request Form\n---\nContact: Denise Carter\nOrganization: Elk Grove Rotary\n"
        "Date: Saturday, May 16th, 2026, 5:00 PM\nAdults: 22\nChildren (6-12): 3\n"
        "Proteins: NY strip and shrimp\nZip: 95757"
    ),
    # The forwarded message quotes our old quote to someone else: its own words are kept, the
    # quote is not.
    "forward_quoting_old_quote.txt": (
        "Hi,\n\nForwarding this from my coworker, she said you were great. We're planning our "
        "team's year-end dinner: 18 adults, chicken and salmon, at our office, 1415 L St, "
        "Sacramento 95814. Could you send over a quote?\n\nthis is who we used, ask for Chef Tony!"
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_strip_reply_keeps_the_customers_words(name: str) -> None:
    assert strip_reply((BODIES / name).read_text()) == EXPECTED[name]


def test_every_body_fixture_is_checked() -> None:
    assert sorted(p.name for p in BODIES.glob("*.txt")) == sorted(EXPECTED)


def test_crlf_body_reads_the_same() -> None:
    text = (BODIES / "gmail_reply_office_block.txt").read_text().replace("\n", "\r\n")
    assert strip_reply(text) == EXPECTED["gmail_reply_office_block.txt"]


def test_the_adapter_hands_over_the_forwarded_words() -> None:
    """A provider post without its own reply extraction (SendGrid) goes through `strip_reply`;
    the raw body stays in `raw` for anyone reading the database."""
    body = (BODIES / "gmail_forward_with_note.txt").read_text()
    fields = EmailFields(
        from_header="Nadia Haddad <nadia.h@gmail.com>",
        to_header="Sac Valley Hibachi <quotes@mg.example.com>",
        message_id="<CAF0wd9xQ@mail.gmail.com>",
        subject="Fwd: Re: mom's birthday",
        full_text=body,
        headers=[("Date", "Sat, 11 Apr 2026 21:40:02 -0700")],
        fallback_time=datetime(2026, 4, 12, 4, 40, 30, tzinfo=UTC),
    )
    message = to_inbound(fields, business_address="quotes@mg.example.com")
    assert message.text == EXPECTED["gmail_forward_with_note.txt"]
    assert message.raw["full_text"] == body


# A personal signature's ZIP under a body that asks for a quote and gives no ZIP or place: the
# writer's home, added as the body's last paragraph (round q76e); an office's signature, a place
# named in the body, or no price asked keep it out.
SIGNATURE_ZIPS = [
    ("10 adults, chicken and filet please.\n\nThanks,\nGreg\n95747", "95747"),
    ("Quote for 12 adults, chicken and shrimp?\n\nBest,\nMaria Lopez\n(916) 555-2231\n"
     "Elk Grove, CA 95758", "Elk Grove, CA 95758"),
    ("Quote for 12 adults at our home in Auburn, chicken and salmon.\n\nThank you,\nKevin Park\n"
     "(916) 555-4410\nSacramento, CA 95814", None),
    ("Please send a quote for 15 adults, ny strip and shrimp.\n\nThanks,\nLinda Moreno\n"
     "Office Manager\nRiver City Dental Group\n2801 K St, Suite 220\nSacramento, CA 95816", None),
    ("Can the chef set up indoors in January?\n\nThanks,\nGreg\n95747", None),
]


@pytest.mark.parametrize(("body", "line"), SIGNATURE_ZIPS)
def test_a_personal_signatures_zip_is_the_partys(body: str, line: str | None) -> None:
    text = strip_reply(f"Hi,\n\n{body}")
    if line is None:
        assert not re.search(r"\b\d{5}\b", text)
    else:
        assert text.endswith(f"\n\n{line}")


def test_a_follow_ups_signature_zip_stays_out() -> None:
    """A change to an order quoted before keeps the thread's ZIP: the signature's would move the
    party silently."""
    text = strip_reply("Hi,\n\nCan we add 2 more adults, same food?\n\nThanks,\nJane Doe\n95758")
    assert "95758" not in text
