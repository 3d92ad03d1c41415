"""Public booking routes: the Stripe webhook, the calendar feed, and the pages a customer's
browser lands on after Checkout (or on a dry-run link)."""

from __future__ import annotations

import hmac
import logging
from html import escape

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import ValidationError

from app.bookings.desk import BookingDesk
from app.bookings.events import StripeEventIn, handle_event
from app.bookings.feed import calendar_token, ics_feed
from app.metrics import WEBHOOKS
from app.runtime import Runtime

log = logging.getLogger(__name__)
TOLERANCE_SECONDS = 300
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
<body style="font-family: sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
<h1>{title}</h1><p>{body}</p></body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=escape(title), body=escape(body)), status_code=status,
                        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"})


def _refused(status: int, reason: str) -> Response:
    WEBHOOKS.labels(provider="stripe", result=str(status)).inc()
    log.info("stripe webhook refused: %s %s", status, reason)
    return PlainTextResponse(reason, status_code=status)


def build_bookings_router(runtime: Runtime) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    assert runtime.bookings is not None
    desk: BookingDesk = runtime.bookings
    settings = runtime.settings

    @router.post("/webhooks/stripe")
    async def stripe_webhook(request: Request) -> Response:
        import stripe  # the SDK is loaded at the first Stripe webhook (start-up time)

        secret = settings.stripe_webhook_secret
        if not secret:
            return _refused(404, "stripe is not configured")
        body = await request.body()
        try:
            stripe.Webhook.construct_event(body, request.headers.get("stripe-signature"), secret,
                                           tolerance=TOLERANCE_SECONDS)
        except stripe.SignatureVerificationError:
            return _refused(400, "bad or stale signature")
        except (ValueError, TypeError, KeyError, AttributeError):
            # Not UTF-8, not JSON, or an odd header the SDK could not compare: never a 500.
            return _refused(400, "unreadable event")
        try:
            event = StripeEventIn.model_validate_json(body)
        except ValidationError:
            return _refused(400, "not a Stripe event")
        try:
            async with runtime.sessions() as session, session.begin():
                outcome = await handle_event(session, desk, event)
        except ValidationError:
            return _refused(400, "unreadable Checkout Session")
        WEBHOOKS.labels(provider="stripe", result="accepted").inc()
        log.info("stripe event %s (%s): %s", event.id, event.type, outcome)
        return PlainTextResponse(outcome)

    @router.get("/calendar/{token}/bookings.ics")
    async def calendar(token: str) -> Response:
        async with runtime.sessions() as session, session.begin():
            expected = await calendar_token(session, desk)
            if not hmac.compare_digest(token.encode(), expected.encode()):
                return PlainTextResponse("not found", status_code=404)
            feed = await ics_feed(session, desk)
        return Response(feed, media_type="text/calendar; charset=utf-8",
                        headers={"Cache-Control": "no-store"})

    @router.get("/bookings/thank-you")
    async def thank_you(cancelled: int = 0) -> Response:
        name = desk.catalog.business.name
        if cancelled:
            return _page("No payment taken", f"Your date is held until the link expires. "
                         f"Reply to {name} if you have a question.")
        return _page("Thank you!", f"Your deposit is received. {name} will confirm your party "
                     "shortly.")

    @router.get("/bookings/dry-run/{session_id}")
    async def dry_run_link(session_id: str) -> Response:
        return _page("Dry-run deposit link", "This gateway runs without a Stripe key, so this "
                     "link takes no payment. Staff can mark the deposit paid in the review console.")

    return router
