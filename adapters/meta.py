"""The Meta adapter: Facebook Messenger and Instagram direct messages.

Webhooks are signed with `X-Hub-Signature-256` (HMAC-SHA256 of the raw body, keyed with the app
secret); replies go through the Graph Send API, `POST /{version}/me/messages`, with the page
access token in an `Authorization: Bearer` header so it never appears in a logged URL.
Parsing lives in `adapters.meta_parse`, the window and error rules in `adapters.meta_graph`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from adapters.base import InboundAdapter, ProfileSource, Sender, SubscriptionVerifier
from adapters.meta_graph import PartialSendError, error_from_response, window_fields
from adapters.meta_parse import DRAFT_METADATA_PREFIX, parse_body
from adapters.text import TooLong, fit_to_limits
from vocabulary.errors import (
    PermanentSendError,
    ReauthRequired,
    SendError,
    SignatureError,
    TransientSendError,
)
from vocabulary.messages import Channel, OutboundMessage, ParsedWebhook, SendResult
from vocabulary.settings import Settings
from vocabulary.webhook import ChannelLimits, WebhookRequest

__all__ = ["MetaAdapter", "PartialSendError", "ReauthRequired"]

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "x-hub-signature-256"
LIMITS = {
    Channel.MESSENGER: ChannelLimits(max_chars=2000, max_parts=3),
    Channel.INSTAGRAM: ChannelLimits(max_chars=1000, max_parts=3),
}


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _same(given: str, expected: str) -> bool:
    # compare_digest rejects non-ASCII str, so compare bytes: a header is attacker input.
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class MetaAdapter(InboundAdapter, Sender, ProfileSource, SubscriptionVerifier):
    """Messenger (webhook object "page") and Instagram (object "instagram") through one app."""

    name = "meta"
    channels = (Channel.MESSENGER, Channel.INSTAGRAM)

    def __init__(
        self,
        *,
        app_secret: str,
        verify_token: str,
        page_access_token: str,
        graph_base_url: str,
        graph_version: str,
        http: httpx.AsyncClient,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._app_secret = app_secret
        self._verify_token = verify_token
        self._page_access_token = page_access_token
        self._graph_root = f"{graph_base_url.rstrip('/')}/{graph_version.strip('/')}"
        self._messages_url = f"{self._graph_root}/me/messages"
        self._http = http
        self._now = now

    @classmethod
    def from_settings(
        cls, settings: Settings, *, http: httpx.AsyncClient, now: Callable[[], datetime] = _utc_now
    ) -> MetaAdapter:
        """Build from settings. Empty secrets are kept: every check fails closed. `now`
        decides the messaging window."""
        return cls(
            now=now,
            app_secret=settings.meta_app_secret,
            verify_token=settings.meta_verify_token,
            page_access_token=settings.meta_page_access_token,
            graph_base_url=settings.meta_graph_base_url,
            graph_version=settings.meta_graph_version,
            http=http,
        )

    def limits(self, channel: Channel) -> ChannelLimits:
        """Messenger carries 2000 characters a message, Instagram 1000; up to 3 parts."""
        try:
            return LIMITS[channel]
        except KeyError:
            raise ValueError(f"the meta adapter does not serve {channel}") from None

    def verify_subscription(self, query: Mapping[str, str]) -> str:
        """Answer Meta's GET subscription check: the `hub.challenge` to echo back.

        Raise `SignatureError` unless `hub.mode` is "subscribe" and `hub.verify_token`
        matches the configured token (never when that token is empty).
        """
        token = query.get("hub.verify_token", "")
        challenge = query.get("hub.challenge", "")
        if not self._verify_token or query.get("hub.mode") != "subscribe":
            raise SignatureError("not a Meta subscription request")
        if not _same(token, self._verify_token) or not challenge:
            raise SignatureError("hub.verify_token does not match")
        return challenge

    def verify(self, request: WebhookRequest) -> None:
        """Raise `SignatureError` unless X-Hub-Signature-256 signs the raw body."""
        if not self._app_secret:
            raise SignatureError("META_APP_SECRET is not configured")
        header = next((v for k, v in request.headers.items() if k.lower() == SIGNATURE_HEADER), None)
        if not header or not header.startswith("sha256="):
            raise SignatureError("missing X-Hub-Signature-256")
        expected = hmac.new(self._app_secret.encode("utf-8"), request.body, hashlib.sha256).hexdigest()
        if not _same(header.removeprefix("sha256=").lower(), expected):
            raise SignatureError("X-Hub-Signature-256 does not match the body")

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """Messages (customer messages, postbacks, echoes) from a verified webhook body; events
        that cannot be read are in `skipped`, the rest still stored."""
        return parse_body(request.body, now=self._now())

    async def send(self, message: OutboundMessage) -> SendResult:
        """Send a reply, split into at most 3 messages, checking Meta's messaging window first.

        Raises `SendHeld` (staff must edit to send as a human agent), `PermanentSendError`
        (window closed, rejected, too long; `ReauthRequired` for a dead token,
        `PartialSendError` after some parts went out) or `TransientSendError`.
        """
        if message.channel not in self.channels:
            raise PermanentSendError(f"the meta adapter cannot send on {message.channel}")
        limits = self.limits(message.channel)
        if not self._page_access_token:
            raise PermanentSendError("META_PAGE_ACCESS_TOKEN is not configured", code="config")
        if not message.recipient:
            raise PermanentSendError("the reply has no recipient id", code="recipient")
        fields = window_fields(
            last_inbound_at=message.last_inbound_at,
            now=self._now(),
            human_authored=message.human_authored,
        )
        try:
            parts = fit_to_limits(message.text, limits)
        except TooLong as exc:
            raise PermanentSendError(f"the reply is too long: {exc}", code="too_long") from exc
        if not parts:
            raise PermanentSendError("the reply is empty", code="empty")
        sent: list[str] = []
        for number, text in enumerate(parts, start=1):
            try:
                sent.append(await self._post(message, fields, text))
            except SendError as exc:
                if not sent:
                    raise
                raise PartialSendError(
                    f"sent {len(sent)} of {len(parts)} parts, then part {number} failed: {exc}",
                    code=exc.code,
                    sent_message_ids=tuple(sent),
                ) from exc
        log.info("meta sent %d part(s) to %s: %s", len(sent), message.recipient, sent[0])
        return SendResult(provider_message_id=sent[0], parts=len(sent), raw={"message_ids": list(sent)})

    async def _post(self, message: OutboundMessage, fields: dict[str, str], text: str) -> str:
        body = {
            "recipient": {"id": message.recipient},
            **fields,
            "message": {
                "text": text,
                "metadata": f"{DRAFT_METADATA_PREFIX}{message.idempotency_key}",
            },
        }
        try:
            response = await self._http.post(self._messages_url, json=body, headers=self._auth_headers())
        except httpx.TimeoutException as exc:
            raise TransientSendError(f"Meta Send API timed out: {type(exc).__name__}") from exc
        except httpx.TransportError as exc:
            raise TransientSendError(f"Meta Send API unreachable: {type(exc).__name__}") from exc
        data = _json_or_none(response)
        if response.status_code >= 400 or (isinstance(data, dict) and "error" in data):
            raise error_from_response(response.status_code, data, response.headers)
        mid = data.get("message_id") if isinstance(data, dict) else None
        if not isinstance(mid, str) or not mid:
            # The message may well have gone out; a retry could duplicate it.
            raise PermanentSendError("Meta answered without a message_id", code="no_message_id")
        return mid

    def _auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._page_access_token}"}

    async def fetch_profile(self, user_id: str, *, channel: Channel) -> str | None:
        """The customer's display name from the Graph API, or None when Meta will not say.

        Never raises for provider trouble: a missing name must not block a message.
        """
        fields = "name,username" if channel == Channel.INSTAGRAM else "first_name,last_name"
        if not self._page_access_token or not (user_id.isascii() and user_id.isdigit()):
            return None
        try:
            response = await self._http.get(
                f"{self._graph_root}/{user_id}",
                params={"fields": fields},
                headers=self._auth_headers(),
            )
        except httpx.HTTPError as exc:
            log.warning("meta profile lookup failed: %s", type(exc).__name__)
            return None
        data = _json_or_none(response)
        if response.status_code != 200 or not isinstance(data, dict):
            log.warning("meta profile lookup answered HTTP %d", response.status_code)
            return None
        return _display_name(data)


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _display_name(data: Mapping[str, Any]) -> str | None:
    parts = [data.get(key) for key in ("name", "first_name", "last_name")]
    if isinstance(parts[0], str) and parts[0].strip():
        return parts[0].strip()
    joined = " ".join(p.strip() for p in parts[1:] if isinstance(p, str) and p.strip())
    if joined:
        return joined
    username = data.get("username")
    return username if isinstance(username, str) and username else None
