"""Recovery: 2 web and 2 worker processes on PostgreSQL; a worker is killed with SIGKILL while
its sends wait on a slow Twilio (the provider has every message, no result is committed). How
long until every send job is done, and how many SMS reached Twilio twice."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from app.db import sync_url
from benchmarks.env import gateway_settings, postgres_database
from benchmarks.httpload import Connection
from benchmarks.plan import Plan
from benchmarks.procs import Processes, child_env, wait_healthy, wait_log
from benchmarks.providers import posted_draft_id
from benchmarks.scenario_drafts import POSTED, SENT, provider_fakes, wait_count
from benchmarks.signing import SmsFactory, slack_approve
from benchmarks.wrk import WrkRun, replay


def _unfinished_sends(url: str) -> int:
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM jobs WHERE kind = 'send' AND state <> 'done'")).scalar_one())
    finally:
        engine.dispose()


async def _approve(port: int, draft_ids: list[int]) -> None:
    conn = await Connection.open(port)
    try:
        for draft_id in draft_ids:
            status, _ = await conn.send(slack_approve(draft_id))
            if status != 200:
                raise RuntimeError(f"/slack/events answered {status}")
    finally:
        await conn.close()


async def run_recovery(procs: Processes, plan: Plan, *, workdir: Path, postgres_admin: str
                       ) -> dict[str, Any]:
    """Approve `plan.recovery_sends` drafts, kill one worker once Twilio holds every send."""
    count = plan.recovery_sends
    factory = SmsFactory(first=8_000_000)
    with provider_fakes(model_latency=plan.approve_model_latency) as fake, \
            postgres_database(postgres_admin) as url:
        env = child_env(gateway_settings(database_url=url, fake_url=fake.url))
        web = procs.many("recovery-web", app="gateway", workers=2, env=env)
        await wait_healthy(web)
        workers = [procs.worker(f"recovery-worker-{i}", env=env) for i in (1, 2)]
        for worker in workers:
            await wait_log(worker, "started")
        assert web.port is not None
        load = await replay(WrkRun(port=web.port, connections=min(count, 16), duration=30),
                            factory.batch(count), workdir=workdir)
        if load["ok"] != count:
            raise RuntimeError(f"only {load['ok']} of {count} inquiries were accepted")
        await wait_count(fake, POSTED, count, until=time.perf_counter() + 60)
        ids = [i for i in map(posted_draft_id, fake.calls(path_contains=POSTED)) if i is not None]
        fake.twilio.answer_delay = plan.recovery_twilio_delay
        await _approve(web.port, ids)
        if await wait_count(fake, SENT, count, until=time.perf_counter() + 30) < count:
            raise RuntimeError("the sends did not all reach the fake Twilio")
        victim = workers[0]
        victim.popen.kill()  # SIGKILL: no cleanup, no lease released
        killed_at = time.perf_counter()
        victim.popen.wait(timeout=10)
        fake.twilio.answer_delay = 0.0
        deadline = killed_at + plan.recovery_deadline
        left = await asyncio.to_thread(_unfinished_sends, url)
        while left and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
            left = await asyncio.to_thread(_unfinished_sends, url)
        done_s = time.perf_counter() - killed_at
        await asyncio.sleep(1.0)  # anything sent late still counts as a duplicate
        per_number = Counter(m["to"] for m in fake.twilio.messages)
        for proc in (workers[1], web):
            procs.stop(proc)
    return {
        "sends": count,
        "twilio_answer_delay_s": plan.recovery_twilio_delay,
        "all_done": left == 0,
        "unfinished_at_deadline": left,
        "until_all_done_s": round(done_s, 2),
        "messages_at_twilio": sum(per_number.values()),
        "distinct_recipients": len(per_number),
        "duplicate_sms": sum(n - 1 for n in per_number.values()),
        "twilio_list_calls": len(fake.calls("GET", path_contains=SENT)),
    }
