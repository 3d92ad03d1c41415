"""The many-processes scenario shared by tests/reliability/test_multiprocess.py (small N) and
scripts/soak.py (N = 500): web and worker processes on one PostgreSQL database, inbound messages
on every configured channel with a share delivered twice (once to each web process, at the same
moment), every draft approved through signed Slack clicks, and a count of what the fake providers
were asked to send."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from app.db import migrate
from tests.fakes.server import FakeServer
from tests.reliability.cluster import FreshDatabase, Processes, free_port, gateway_env
from tests.reliability.fakes import Providers, send_recipient
from tests.reliability.signing import (
    meta_body,
    meta_headers,
    slack_action,
    slack_headers,
    telegram_body,
    telegram_headers,
    twilio_request,
    twilio_sms,
)

CHANNELS = ("sms", "whatsapp", "messenger", "instagram", "telegram")


@dataclass
class ScenarioResult:
    """What the run measured."""

    n: int
    duplicates: int
    webhook_statuses: Counter[int]
    drafts: int = 0
    distinct_drafted_messages: int = 0
    sends_by_recipient: Counter[str] = field(default_factory=Counter)
    expected_recipients: set[str] = field(default_factory=set)
    outbox_states: Counter[str] = field(default_factory=Counter)
    job_states: Counter[str] = field(default_factory=Counter)
    inbound_rows: int = 0
    review_posts: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_sends(self) -> int:
        return sum(self.sends_by_recipient.values())


def inbound(i: int) -> tuple[str, bytes, dict[str, str], str]:
    """(path, body, headers, recipient of the reply) of message `i`."""
    channel = CHANNELS[i % len(CHANNELS)]
    if channel in ("sms", "whatsapp"):
        body, headers = twilio_request("/webhooks/twilio", twilio_sms(i, whatsapp=channel ==
                                                                      "whatsapp"))
        return "/webhooks/twilio", body, headers, f"+1916{i:07d}"
    if channel in ("messenger", "instagram"):
        body = meta_body(i, instagram=channel == "instagram")
        return "/webhooks/meta", body, meta_headers(body), str(7083456100000000 + i)
    return "/webhooks/telegram", telegram_body(i), telegram_headers(), str(6384000000 + i)


async def _deliver(http: httpx.AsyncClient, ports: list[int], n: int, dups: set[int],
                   limit: asyncio.Semaphore) -> Counter[int]:
    statuses: Counter[int] = Counter()

    async def one(i: int) -> None:
        path, body, headers, _ = inbound(i)
        targets = ports if i in dups else [ports[i % len(ports)]]
        async with limit:
            responses = await asyncio.gather(*(
                http.post(f"http://127.0.0.1:{p}{path}", content=body, headers=headers)
                for p in targets))
        statuses.update(r.status_code for r in responses)

    await asyncio.gather(*(one(i) for i in range(n)))
    return statuses


def _scalar(db: FreshDatabase, sql: str) -> Any:
    engine = db.engine()
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def _rows(db: FreshDatabase, sql: str) -> list[Any]:
    engine = db.engine()
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)))
    finally:
        engine.dispose()


async def _until(check: Any, *, within: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if check():
            return True
        await asyncio.sleep(step)
    return bool(check())


async def _approve(http: httpx.AsyncClient, ports: list[int], draft_ids: list[int],
                   limit: asyncio.Semaphore) -> None:
    async def click(index: int, draft_id: int) -> None:
        body = slack_action(draft_id)
        # Every fifth draft is clicked on both web processes at once (double click, retry).
        targets = ports if index % 5 == 0 else [ports[index % len(ports)]]
        async with limit:
            await asyncio.gather(*(
                http.post(f"http://127.0.0.1:{p}/slack/events", content=body,
                          headers=slack_headers(body)) for p in targets))

    await asyncio.gather(*(click(i, d) for i, d in enumerate(draft_ids)))


async def run_scenario(*, n: int, admin_url: str, workdir: Path, webs: int = 2, workers: int = 3,
                       duplicate_share: float = 0.2, within: float = 120.0) -> ScenarioResult:
    """Run the whole scenario and return the measurements; every process is killed at the end."""
    db = FreshDatabase(admin_url)
    migrate(db.url)
    dups = set(random.Random(n).sample(range(n), int(n * duplicate_share)))
    try:
        with FakeServer() as fake:
            providers = Providers(fake)
            env = gateway_env(database_url=db.url, provider_url=fake.url)
            procs = Processes(env=env, workdir=workdir)
            try:
                return await _run(procs, providers, db, n, dups, webs, workers, within)
            finally:
                procs.close()
    finally:
        db.drop()


async def _run(procs: Processes, providers: Providers, db: FreshDatabase, n: int, dups: set[int],
               webs: int, workers: int, within: float) -> ScenarioResult:
    started = time.monotonic()
    ports = [free_port() for _ in range(webs)]
    for i, port in enumerate(ports):
        procs.web(f"web{i}", port)
    for i in range(workers):
        procs.worker(f"worker{i}")
    for i, port in enumerate(ports):
        await asyncio.to_thread(procs.wait_web, f"web{i}", port)
    for i in range(workers):
        await asyncio.to_thread(procs.wait_log, f"worker{i}", "started")
    seconds = {"start processes": time.monotonic() - started}
    limit = asyncio.Semaphore(16)
    async with httpx.AsyncClient(timeout=30) as http:
        mark = time.monotonic()
        statuses = await _deliver(http, ports, n, dups, limit)
        seconds["deliver webhooks"] = time.monotonic() - mark
        result = ScenarioResult(n=n, duplicates=len(dups), webhook_statuses=statuses,
                                seconds=seconds)
        await _until(lambda: _scalar(db, "SELECT count(*) FROM drafts") >= n, within=within)
        seconds["all drafted"] = time.monotonic() - mark
        draft_ids = [row[0] for row in _rows(db, "SELECT id FROM drafts ORDER BY id")]
        mark = time.monotonic()
        await _approve(http, ports, draft_ids, limit)
        await _until(lambda: len(providers.sends()) >= n and _scalar(
            db, "SELECT count(*) FROM jobs WHERE state <> 'done'") == 0, within=within)
        seconds["approve to all sent"] = time.monotonic() - mark
    await asyncio.sleep(1.0)  # a late duplicate would show up here
    _measure(result, providers, db, n)
    return result


def _measure(result: ScenarioResult, providers: Providers, db: FreshDatabase, n: int) -> None:
    result.drafts = _scalar(db, "SELECT count(*) FROM drafts")
    result.distinct_drafted_messages = _scalar(
        db, "SELECT count(DISTINCT inbound_message_id) FROM drafts")
    result.inbound_rows = _scalar(db, "SELECT count(*) FROM messages WHERE direction = 'in'")
    result.sends_by_recipient = Counter(send_recipient(r) for r in providers.sends())
    result.expected_recipients = {inbound(i)[3] for i in range(n)}
    result.outbox_states = Counter(dict(_rows(db, "SELECT state, count(*) FROM outbox GROUP BY state")))
    result.job_states = Counter(dict(_rows(db, "SELECT state, count(*) FROM jobs GROUP BY state")))
    result.review_posts = len(providers.fake.calls("POST", "chat.postMessage"))
