"""Telegram Bot API adapter: webhook verification, update parsing and sending replies.

Parsing reads the update's type from its JSON keys first and builds python-telegram-bot objects
(without a bot, no network) only for the type the gateway handles, a message; every other update
type is answered 200 and ignored. Sending uses one `telegram.Bot` pointed at
TELEGRAM_API_BASE_URL, whose HTTP client is opened once and closed by `close()`. The webhook
path makes no getMe call: the bot's @username comes from TELEGRAM_BOT_USERNAME, and
`bot_username()` asks Telegram for it (the `gateway telegram set-webhook` command shows it).
"""

from __future__ import annotations

import datetime as dtm
import hmac
import logging
import warnings
from collections.abc import Callable

import telegram
from telegram import error as tg_error
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from adapters import telegram_parse as tgp
from adapters.base import InboundAdapter, Sender
from adapters.telegram_limits import LIMITS
from adapters.text import TooLong, fit_to_limits
from vocabulary.errors import (
    MalformedPayload,
    PermanentSendError,
    SendError,
    SignatureError,
    TransientSendError,
)
from vocabulary.messages import (
    Channel,
    InboundKind,
    InboundMessage,
    OutboundMessage,
    ParsedWebhook,
    SendResult,
    SkippedEvent,
)
from vocabulary.settings import Settings
from vocabulary.timestamps import checked_time, from_epoch
from vocabulary.webhook import ChannelLimits, WebhookRequest

logger = logging.getLogger(__name__)

SECRET_HEADER = "x-telegram-bot-api-secret-token"
ALLOWED_UPDATES = ("message", "edited_message")
_LIMITS = LIMITS[Channel.TELEGRAM]
HANDLED_UPDATES = frozenset({"message"})
# Telegram started in August 2013: no message it delivers is older.
SINCE = dtm.datetime(2013, 8, 14, tzinfo=dtm.UTC)


def _utc_now() -> dtm.datetime:
    return dtm.datetime.now(dtm.UTC)


class TelegramAdapter(InboundAdapter, Sender):
    """The Telegram channel: one bot, webhook secured by the secret given in setWebhook."""

    name = "telegram"
    channels: tuple[Channel, ...] = (Channel.TELEGRAM,)

    def __init__(
        self,
        *,
        bot_token: str,
        webhook_secret: str,
        api_base_url: str = "https://api.telegram.org",
        bot: telegram.Bot | None = None,
        bot_username: str = "",
        now: Callable[[], dtm.datetime] = _utc_now,
    ) -> None:
        self._token = bot_token
        self._secret = webhook_secret
        self._bot_id = bot_token.split(":", 1)[0]
        self._username = bot_username.removeprefix("@")
        self._now = now
        self._owned_request: HTTPXRequest | None = None
        if bot is None and bot_token:
            self._owned_request = HTTPXRequest(connection_pool_size=8)
            bot = telegram.Bot(
                bot_token,
                base_url=f"{api_base_url.rstrip('/')}/bot",
                base_file_url=f"{api_base_url.rstrip('/')}/file/bot",
                request=self._owned_request,
            )
        self._bot = bot
        self._started = False

    @classmethod
    def from_settings(cls, settings: Settings) -> TelegramAdapter:
        """Build the adapter from TELEGRAM_* settings."""
        return cls(
            bot_token=settings.telegram_bot_token,
            webhook_secret=settings.telegram_webhook_secret,
            api_base_url=settings.telegram_api_base_url,
            bot_username=settings.telegram_bot_username,
        )

    def limits(self, channel: Channel) -> ChannelLimits:
        """Telegram allows 4096 characters per message; a reply may take three."""
        return _LIMITS

    # -- inbound -------------------------------------------------------------------------------

    def verify(self, request: WebhookRequest) -> None:
        """Check the secret token header against TELEGRAM_WEBHOOK_SECRET (fail closed)."""
        if not self._secret:
            raise SignatureError("telegram webhook secret is not configured")
        given = request.headers.get(SECRET_HEADER, "")
        if not given or not hmac.compare_digest(given.encode(), self._secret.encode()):
            raise SignatureError("telegram secret token header missing or wrong")

    def parse(self, request: WebhookRequest) -> ParsedWebhook:
        """At most one message from one update. The update's type is read from its keys first:
        only a `message` is built; edits, reactions, member changes and every other type are
        ignored whatever their shape, so Telegram is answered 200 and does not retry them."""
        data = tgp.load_update(request.body)
        kind = tgp.update_type(data)
        if kind not in HANDLED_UPDATES:
            return ParsedWebhook(ignored=(f"telegram:{kind}",))
        tgp.check_message_shape(data[kind])
        # The date's unit is read from its size; the library gets whole seconds it can convert.
        sent_at = from_epoch(data[kind]["date"])
        fields = {**data[kind], "date": int(sent_at.timestamp()) if sent_at else 0}
        message, rebuilt = tgp.build_message(fields)
        notes: list[SkippedEvent] = []
        if rebuilt:
            notes.append(SkippedEvent("fields_not_built", f"telegram update {data['update_id']}: "
                                      "built from the fields the gateway reads", stored=True))
        try:
            return self._to_parsed(data["update_id"], message, sent_at, notes)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # python-telegram-bot copies values as they come: a signed message whose fields the
            # gateway reads have the wrong shape (sizes that are lists) is a 400, not a 500.
            raise MalformedPayload(f"telegram update not readable: {exc}",
                                   reason="message_unreadable") from exc

    def _to_parsed(
        self, update_id: int, message: telegram.Message, sent_at: dtm.datetime | None,
        notes: list[SkippedEvent],
    ) -> ParsedWebhook:
        if message.from_user is not None and message.from_user.is_bot:
            return ParsedWebhook(ignored=("telegram:message_from_bot",))
        attachments = tgp.attachments(message)
        text = message.text or message.caption or ""
        if not text and not attachments:
            return ParsedWebhook(ignored=("telegram:message_without_text",))
        start_payload = tgp.start_payload(message)
        kind = InboundKind.START if start_payload is not None else InboundKind.MESSAGE
        if message.chat.type in tgp.GROUP_CHATS and not tgp.addressed_to_bot(
            message, bot_id=self._bot_id, username=self._username
        ):
            kind = InboundKind.NOT_ADDRESSED
            if not self._username:
                # An @mention of the bot cannot be recognized: shown in /metrics so the
                # operator sets TELEGRAM_BOT_USERNAME.
                notes.append(SkippedEvent("bot_username_unset", f"telegram update {update_id}: "
                                          "group message stored without a draft", stored=True))
        received_at, note = checked_time(
            sent_at, since=SINCE, now=self._now(), what=f"telegram update {update_id}"
        )
        notes.extend([note] if note else [])
        inbound = InboundMessage(
            channel=Channel.TELEGRAM,
            provider_message_id=f"{message.chat.id}:{message.message_id}",
            sender=str(message.chat.id),
            recipient=self._bot_id,
            text=text,
            received_at=received_at,
            kind=kind,
            attachments=attachments,
            sender_name=tgp.display_name(message),
            raw=tgp.raw_fields(update_id, message, start_payload),
        )
        return ParsedWebhook(messages=(inbound,), skipped=tuple(notes))

    async def bot_username(self) -> str:
        """The bot's @username: TELEGRAM_BOT_USERNAME, else asked of Telegram (getMe) once."""
        if not self._username:
            bot = await self._ready_bot()
            try:
                me = await bot.get_me()
            except tg_error.TelegramError as exc:
                raise _send_error(exc) from exc
            self._username = me.username or ""
        return self._username

    # -- outbound ------------------------------------------------------------------------------

    async def send(self, message: OutboundMessage) -> SendResult:
        """Send the reply as up to three messages to chat `message.recipient`."""
        try:
            parts = fit_to_limits(message.text, _LIMITS)
        except TooLong as exc:
            raise PermanentSendError(str(exc), code="too_long") from exc
        if not parts:
            raise PermanentSendError("empty reply", code="empty")
        bot = await self._ready_bot()
        ids: list[str] = []
        for part in parts:
            try:
                sent = await bot.send_message(chat_id=message.recipient, text=part)
            except tg_error.TelegramError as exc:
                if ids:
                    # Earlier parts are out already; a retry would repeat them.
                    logger.warning(
                        "telegram send failed after %d of %d parts", len(ids), len(parts)
                    )
                raise _send_error(exc) from exc
            ids.append(f"{sent.chat.id}:{sent.message_id}")
        return SendResult(provider_message_id=ids[0], parts=len(ids), raw={"message_ids": ids})

    async def set_webhook(self, *, url: str) -> None:
        """Register `url` with Telegram, with the secret token and the update types we read."""
        if not self._secret:
            raise ValueError("TELEGRAM_WEBHOOK_SECRET is empty; refusing an unsecured webhook")
        bot = await self._ready_bot()
        try:
            ok = await bot.set_webhook(
                url=url, secret_token=self._secret, allowed_updates=list(ALLOWED_UPDATES)
            )
        except tg_error.TelegramError as exc:
            raise _send_error(exc) from exc
        if not ok:
            raise PermanentSendError("telegram refused setWebhook")

    async def close(self) -> None:
        """Close the HTTP client this adapter opened (an injected bot is the caller's)."""
        if self._owned_request is not None and self._started:
            await self._owned_request.shutdown()
        self._started = False

    async def _ready_bot(self) -> telegram.Bot:
        if self._bot is None:
            raise PermanentSendError("telegram bot token is not configured", code="no_token")
        if self._owned_request is not None and not self._started:
            await self._owned_request.initialize()
        self._started = True
        return self._bot


def _retry_seconds(exc: tg_error.RetryAfter) -> float:
    # PTB 22 warns that retry_after becomes a timedelta; accept both without the warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)


def _send_error(exc: tg_error.TelegramError) -> SendError:
    """Map PTB's errors (order matters: BadRequest and TimedOut subclass NetworkError)."""
    if isinstance(exc, tg_error.RetryAfter):
        seconds = _retry_seconds(exc)
        return TransientSendError(str(exc), code="429", retry_after=seconds)
    if isinstance(exc, tg_error.Forbidden):
        return PermanentSendError(exc.message, code="403")
    if isinstance(exc, tg_error.BadRequest):
        return PermanentSendError(exc.message, code="400")
    if isinstance(exc, tg_error.InvalidToken):
        return PermanentSendError(exc.message, code="invalid_token")
    if isinstance(exc, tg_error.ChatMigrated):
        return PermanentSendError(exc.message, code=f"migrated:{exc.new_chat_id}")
    if isinstance(exc, tg_error.TimedOut):
        return TransientSendError(exc.message, code="timeout")
    if isinstance(exc, tg_error.NetworkError):
        return TransientSendError(exc.message, code="network")
    return TransientSendError(exc.message)
