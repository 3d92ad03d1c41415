"""The bench's crash scenario at smoke size on PostgreSQL (TEST_POSTGRES_URL): two web and two
worker processes, the approvals sent through Slack's button, one worker killed with SIGKILL while
the fake Twilio holds its sends. The smoke run of the whole bench stays on SQLite, where this
scenario is skipped, so without this test nothing ran it (it once approved no draft at all and
failed only in the full bench)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from benchmarks.plan import SMOKE
from benchmarks.procs import Processes
from benchmarks.scenario_recovery import run_recovery

ADMIN = os.environ.get("TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not ADMIN, reason="needs TEST_POSTGRES_URL")


def test_every_send_completes_once_after_a_worker_is_killed(tmp_path: Path) -> None:
    async def scenario() -> dict[str, object]:
        with Processes(workdir=tmp_path) as procs:
            return await run_recovery(procs, SMOKE, workdir=tmp_path, postgres_admin=ADMIN)

    result = asyncio.run(scenario())
    sends = SMOKE.recovery_sends
    assert result["sends"] == sends
    assert result["all_done"] is True and result["unfinished_at_deadline"] == 0
    assert result["messages_at_twilio"] == sends
    assert result["distinct_recipients"] == sends
    assert result["duplicate_sms"] == 0
