"""Deposit payments: Stripe Checkout through the official SDK, or dry-run links without a key.

Every Stripe call carries an idempotency key derived from the booking, so a retried job never
creates a second Checkout Session or a second refund.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from vocabulary.settings import Settings

if TYPE_CHECKING:  # the SDK is loaded only when a Stripe key is configured (start-up time)
    import stripe

log = logging.getLogger(__name__)

DRY_RUN_PREFIX = "dryrun_"


def _permanent(exc: stripe.StripeError) -> bool:
    """A bad key or a bad request: retrying cannot help."""
    import stripe

    return isinstance(exc, (stripe.AuthenticationError, stripe.PermissionError,
                            stripe.InvalidRequestError))


class PaymentError(Exception):
    """A payment call failed. `permanent` says retrying cannot help (bad key, bad request)."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True, slots=True)
class CheckoutLink:
    session_id: str
    url: str
    dry_run: bool


@dataclass(frozen=True, slots=True)
class DepositRequest:
    """What the customer pays for: one deposit, for one booking."""

    booking_id: int
    amount_cents: int
    currency: str
    description: str
    expires_at: datetime
    success_url: str
    cancel_url: str


class Payments(Protocol):
    """Creates deposit links and refunds deposits."""

    @property
    def dry_run(self) -> bool: ...

    async def checkout(self, request: DepositRequest) -> CheckoutLink: ...

    async def refund(self, *, booking_id: int, payment_intent_id: str, amount_cents: int) -> str: ...

    async def expire(self, session_id: str) -> None: ...

    async def close(self) -> None: ...


class StripePayments:
    """Stripe Checkout Sessions and refunds with the `stripe` SDK (async, over httpx)."""

    dry_run = False

    def __init__(self, *, secret_key: str, api_base: str, timeout: float = 15.0) -> None:
        import stripe

        self._http = stripe.HTTPXClient(timeout=timeout)
        self._client = stripe.StripeClient(
            secret_key,
            base_addresses={"api": api_base},
            http_client=self._http,
            max_network_retries=2,
        )

    async def checkout(self, request: DepositRequest) -> CheckoutLink:
        import stripe

        params: dict[str, object] = {
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": request.currency,
                        "unit_amount": request.amount_cents,
                        "product_data": {"name": request.description},
                    },
                }
            ],
            "client_reference_id": str(request.booking_id),
            "metadata": {"booking_id": str(request.booking_id)},
            "payment_intent_data": {"metadata": {"booking_id": str(request.booking_id)}},
            "expires_at": int(request.expires_at.timestamp()),
            "success_url": request.success_url,
            "cancel_url": request.cancel_url,
        }
        try:
            session = await self._client.v1.checkout.sessions.create_async(
                params,  # type: ignore[arg-type]
                options={"idempotency_key": f"booking-{request.booking_id}-checkout"},
            )
        except stripe.StripeError as exc:
            raise PaymentError(_describe(exc), permanent=_permanent(exc)) from exc
        if not session.url:
            raise PaymentError("Stripe returned a Checkout Session without a URL", permanent=False)
        return CheckoutLink(session_id=session.id, url=session.url, dry_run=False)

    async def refund(self, *, booking_id: int, payment_intent_id: str, amount_cents: int) -> str:
        import stripe

        try:
            refund = await self._client.v1.refunds.create_async(
                {"payment_intent": payment_intent_id, "amount": amount_cents,
                 "metadata": {"booking_id": str(booking_id)}},
                options={"idempotency_key": f"booking-{booking_id}-refund"},
            )
        except stripe.StripeError as exc:
            raise PaymentError(_describe(exc), permanent=_permanent(exc)) from exc
        return str(refund.id)

    async def expire(self, session_id: str) -> None:
        """Close an open Checkout Session so its link can no longer take a payment."""
        import stripe

        try:
            await self._client.v1.checkout.sessions.expire_async(session_id)
        except stripe.StripeError as exc:
            raise PaymentError(_describe(exc), permanent=_permanent(exc)) from exc

    async def close(self) -> None:
        await self._http.close_async()


class DryRunPayments:
    """No STRIPE_SECRET_KEY: links to a page of this gateway that says no payment is taken."""

    dry_run = True

    def __init__(self, *, public_base_url: str) -> None:
        self._base = public_base_url

    async def checkout(self, request: DepositRequest) -> CheckoutLink:
        session_id = f"{DRY_RUN_PREFIX}{request.booking_id}_{secrets.token_urlsafe(9)}"
        return CheckoutLink(session_id=session_id,
                            url=f"{self._base}/bookings/dry-run/{session_id}", dry_run=True)

    async def refund(self, *, booking_id: int, payment_intent_id: str, amount_cents: int) -> str:
        return f"{DRY_RUN_PREFIX}refund_{booking_id}"

    async def expire(self, session_id: str) -> None:
        return None

    async def close(self) -> None:
        return None


def _describe(exc: stripe.StripeError) -> str:
    code = f" ({exc.code})" if exc.code else ""
    status = f"HTTP {exc.http_status}: " if exc.http_status else ""
    return f"{status}{exc.user_message or type(exc).__name__}{code}"


def build_payments(settings: Settings) -> Payments:
    """Stripe when STRIPE_SECRET_KEY is set, dry-run links otherwise."""
    if settings.stripe_enabled:
        return StripePayments(secret_key=settings.stripe_secret_key,
                              api_base=settings.stripe_api_base_url)
    log.info("no STRIPE_SECRET_KEY: deposit links are dry runs")
    return DryRunPayments(public_base_url=settings.public_base_url)
