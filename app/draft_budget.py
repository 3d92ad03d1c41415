"""The drafting budget and the model-spend circuit breaker, checked by the worker when a draft job
runs (never on the webhook's answer path).

Budget: drafts a minute and a day over all conversations, and separately for new contacts (no
message was ever sent to them), so a flood of new senders cannot buy a model call and a review
message each. Counters are fixed windows in `usage_counters`, taken with one conditional UPDATE,
so workers on several machines never pass a limit together.

Breaker (each draft's outcome is recorded by `app.model_outcome`): consecutive model failures
open it for a cooldown, and a daily token cap opens it for the rest of the day. While it is open,
or over budget, no model call is made: the message is stored, its conversation is marked for a
human, and it is listed in the next digest (app/digest.py).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import TextClause, bindparam, delete, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from app.db import own_connection
from app.models import UsageCounter
from vocabulary.settings import Settings

log = logging.getLogger(__name__)

BREAKER = "model"
TOKENS = "model_tokens:day"


@dataclass(frozen=True, slots=True)
class BudgetLimits:
    """Drafting budgets and breaker thresholds (0 tokens: no daily token cap)."""

    per_minute: int = 20
    per_day: int = 500
    new_contact_per_minute: int = 10
    new_contact_per_day: int = 200
    daily_tokens: int = 2_000_000
    breaker_failures: int = 5
    breaker_cooldown_seconds: float = 300.0

    @classmethod
    def from_settings(cls, settings: Settings) -> BudgetLimits:
        return cls(
            per_minute=settings.draft_budget_per_minute,
            per_day=settings.draft_budget_per_day,
            new_contact_per_minute=settings.new_contact_draft_budget_per_minute,
            new_contact_per_day=settings.new_contact_draft_budget_per_day,
            daily_tokens=settings.model_daily_token_cap,
            breaker_failures=settings.model_breaker_failures,
            breaker_cooldown_seconds=settings.model_breaker_cooldown_seconds,
        )


@dataclass(frozen=True, slots=True)
class Admission:
    """Whether a draft may be made now; `reason` says why not (shown to staff in the digest)."""

    ok: bool
    reason: str | None = None


def _windows(limits: BudgetLimits, now: datetime, new_contact: bool
             ) -> list[tuple[str, datetime, int, str]]:
    minute = now.replace(second=0, microsecond=0)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    windows = [
        ("drafts:minute", minute, limits.per_minute, f"{limits.per_minute} drafts a minute"),
        ("drafts:day", day, limits.per_day, f"{limits.per_day} drafts a day"),
    ]
    if new_contact:
        windows += [
            ("new_contact_drafts:minute", minute, limits.new_contact_per_minute,
             f"{limits.new_contact_per_minute} drafts a minute for new contacts"),
            ("new_contact_drafts:day", day, limits.new_contact_per_day,
             f"{limits.new_contact_per_day} drafts a day for new contacts"),
        ]
    return windows


def insert_for(conn: AsyncConnection) -> Callable[..., Any]:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


_WINDOW_TYPE = UsageCounter.__table__.c.window_start.type


@functools.cache
def _take_all_sql(windows: int) -> TextClause:
    """Add one to each of `windows` counters in ONE statement: a row is created at 1, or an
    existing one counted up unless that would pass the window's own limit; only the windows
    that took are returned. The caller rolls back when any did not (none taken, as before)."""
    values = ", ".join(f"(:s{n}, :w{n}, 1)" for n in range(windows))
    limits = " ".join(f"WHEN :s{n} THEN :l{n}" for n in range(windows))
    return text(
        f"INSERT INTO usage_counters (scope, window_start, count) VALUES {values} "
        f"ON CONFLICT (scope, window_start) DO UPDATE SET count = usage_counters.count + 1 "
        f"WHERE usage_counters.count + 1 <= CASE excluded.scope {limits} END "
        f"RETURNING scope, count"
    ).bindparams(*(bindparam(f"w{n}", type_=_WINDOW_TYPE) for n in range(windows)))


async def _take_all(session: AsyncConnection, windows: list[tuple[str, datetime, int, str]]
                    ) -> tuple[str | None, bool, dict[str, int]]:
    """Take one draft from every window: (the label of the first window that is full, or None;
    whether the first window's counter was new, i.e. a new minute began; the counts of the
    windows that took)."""
    params: dict[str, Any] = {}
    for n, (scope, start, limit, _label) in enumerate(windows):
        params.update({f"s{n}": scope, f"w{n}": start, f"l{n}": limit})
    result = await session.execute(_take_all_sql(len(windows)), params)
    taken: dict[str, int] = {str(row[0]): int(row[1]) for row in result.all()}
    for scope, _start, limit, label in windows:
        # A limit under one refuses even a window with no row yet (the INSERT would take it).
        if limit < 1 or scope not in taken:
            return label, False, taken
    return None, taken.get(windows[0][0]) == 1, taken


_GIVE_BACK = text(
    "UPDATE usage_counters SET count = count - 1 WHERE scope = :scope AND window_start = :start"
).bindparams(bindparam("start", type_=_WINDOW_TYPE))
_DROP = text(
    "DELETE FROM usage_counters WHERE scope = :scope AND window_start = :start"
).bindparams(bindparam("start", type_=_WINDOW_TYPE))


async def _give_back(session: AsyncConnection, windows: list[tuple[str, datetime, int, str]],
                     taken: dict[str, int]) -> None:
    """Undo the windows that took, in the same transaction, as a rollback of them would: a
    counter this admission created (count 1) is deleted, another counted down."""
    for scope, start, _limit, _label in windows:
        if scope in taken:
            await session.execute(_DROP if taken[scope] == 1 else _GIVE_BACK,
                                  {"scope": scope, "start": start})


_ADD = text(
    "INSERT INTO usage_counters (scope, window_start, count) VALUES (:scope, :start, :amount) "
    "ON CONFLICT (scope, window_start) DO UPDATE SET count = usage_counters.count + "
    "excluded.count"
).bindparams(bindparam("start", type_=_WINDOW_TYPE))

async def add_to_window(session: AsyncConnection, scope: str, start: datetime, amount: int) -> None:
    """Add `amount` to a window's counter (no limit: the daily tokens), in one statement."""
    await session.execute(_ADD, {"scope": scope, "start": start, "amount": amount})


_BREAKER_STATE = text("SELECT failures, reason FROM model_breaker WHERE name = :name")


async def _model_refusal(session: AsyncConnection, limits: BudgetLimits, now: datetime,
                         open_until: datetime | None, tokens: int | None) -> str | None:
    if open_until is not None and open_until > now:
        # Rare: the reason for staff.
        breaker = (await session.execute(_BREAKER_STATE, {"name": BREAKER})).first()
        failures, reason = (breaker.failures, breaker.reason) if breaker else (0, None)
        return (f"model paused until {open_until.strftime('%H:%M UTC')} after {failures} "
                f"failed calls in a row ({reason})")
    if limits.daily_tokens and tokens is not None and tokens >= limits.daily_tokens:
        return f"model paused: the daily cap of {limits.daily_tokens:,} tokens is used up"
    return None


@dataclass(frozen=True, slots=True)
class Request:
    """One draft's claim on the budget: the limits, the time, and what the drafting job's
    reading transaction read (the breaker's `open_until`, today's `tokens`, whether the contact
    is new: app.draft_reads), plus whether this draft would call the model."""

    limits: BudgetLimits
    now: datetime
    open_until: datetime | None
    tokens: int | None
    new_contact: bool
    uses_model: bool


async def admit_alone(sessions: async_sessionmaker[AsyncSession], request: Request) -> Admission:
    """`admit_in` after the drafting job's reading transaction, from the state it read, in
    statements of their own: on PostgreSQL each commits as it runs (autocommit). Every draft
    counts up the same few counter rows; taken as the reading transaction's last statement, a
    burst's drafts queued on those rows until each one's COMMIT had come back to its worker
    (0.3 to 0.5 s of waiting an inquiry with 200 slots, measured with benchmarks.pg_burst;
    docs/performance.md). A refusal gives back what took in a statement that follows, so for
    that moment a window may count one draft more than it holds: a draft at the limit may be
    refused, none is ever let past it."""
    async with own_connection(sessions) as conn:
        return await admit_in(conn, request)


async def admit_with_reading(session: AsyncSession, request: Request) -> Admission | None:
    """`admit_in` as the drafting job's reading transaction's last statements on SQLite, where
    one writer runs at a time (the transaction holds the database's write lock from its start,
    so there is no row lock for a burst's drafts to queue on) and this saves a transaction a
    draft; None on PostgreSQL, where `admit_alone` takes it after that transaction."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    return await admit_in(await session.connection(), request)


async def admit_in(session: AsyncConnection, request: Request) -> Admission:
    """Take one draft from every budget that applies, or none of them and say why, in the
    caller's transaction, from the state the request carries. One statement takes every window
    at once; a refusal gives back the windows that took in the same transaction, so none is
    taken and the caller's other work still commits. Counters older than two days are deleted
    when a new minute begins."""
    limits, now = request.limits, request.now
    if request.uses_model and (reason := await _model_refusal(
            session, limits, now, request.open_until, request.tokens)):
        log.warning("no draft: %s", reason)
        return Admission(False, reason)
    windows = _windows(limits, now, request.new_contact)
    full, new_minute, taken = await _take_all(session, windows)
    if full is not None:
        await _give_back(session, windows, taken)
        reason = f"drafting budget reached: {full}"
        log.warning("no draft: %s", reason)
        return Admission(False, reason)
    if new_minute:
        await session.execute(delete(UsageCounter).where(
            UsageCounter.window_start < now - timedelta(days=2)))
    return Admission(True)
