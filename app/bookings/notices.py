"""Staff notices about bookings in Slack: a deposit paid, a hold released, a payment that needs a
refund. Text from outside (names, Stripe's error messages, notes) is escaped for Slack mrkdwn."""

from __future__ import annotations

import logging
from typing import Any

from app.bookings.desk import dollars
from app.bookings.states import Notice
from app.models import Booking, Contact, Conversation
from app.review.slack_text import slack_escape
from app.review.view import mask_address
from orchestrator.dates import label
from orchestrator.replies import money

log = logging.getLogger(__name__)

HEADLINES = {
    Notice.PAID: ":moneybag: Deposit paid: party booked",
    Notice.EXPIRED: ":hourglass: Hold expired without a deposit; the date is free again",
    Notice.PAYMENT_FAILED: ":x: Deposit payment failed; the hold is released",
    Notice.PAID_WITHOUT_SLOT: ":warning: Deposit paid after the hold expired and the date is "
    "taken: refund it or make room",
    Notice.PAID_AFTER_CANCEL: ":warning: Deposit paid for a cancelled booking: refund due",
    Notice.AMOUNT_MISMATCH: ":warning: Deposit paid with an unexpected amount: check it",
    Notice.LINK_FAILED: ":x: Deposit link could not be created; the hold is released and the "
    "reply was not sent",
    Notice.REFUND_FAILED: ":x: Deposit refund failed: refund it by hand",
}


def notice_text(booking: Booking, notice: Notice, *, customer: str, console_url: str) -> str:
    """The Slack message: headline, who, when, what was paid, and a link to the conversation."""
    lines = [
        f"*{HEADLINES[notice]}*",
        f"{slack_escape(customer)}: {slack_escape(label(booking.party_date))}"
        + (f" at {slack_escape(booking.party_time)}" if booking.party_time else "")
        + f", {slack_escape(booking.guests)}",
        f"Total {money(dollars(booking.total_cents))}; deposit {money(dollars(booking.deposit_cents))}"
        + (f"; paid {money(dollars(booking.paid_cents))}" if booking.paid_cents else "")
        + (" (dry run)" if booking.dry_run else ""),
    ]
    if booking.note:
        lines.append(f"Note: {slack_escape(booking.note)}")
    lines.append(f"<{console_url}|Open the conversation> (booking #{booking.id})")
    return "\n".join(lines)


async def post_notice(
    runtime: Any, booking: Booking, notice: Notice, conversation: Conversation | None
) -> None:
    """chat.postMessage to the review channel, when Slack is configured."""
    if runtime.slack is None:
        return
    async with runtime.sessions() as session:
        contact = await session.get(Contact, conversation.contact_id) if conversation else None
    customer = "Customer"
    if contact is not None:  # addresses are masked in Slack, as on the review messages
        customer = contact.display_name or mask_address(contact.address)
    url = f"{runtime.settings.public_base_url}/admin/conversations/{booking.conversation_id}"
    await runtime.slack.client.chat_postMessage(
        channel=runtime.settings.slack_review_channel,
        text=notice_text(booking, notice, customer=customer, console_url=url),
    )
