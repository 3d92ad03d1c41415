"""Two web processes and three workers on one PostgreSQL database (real `gateway` subprocesses):
40 inbound messages over SMS, WhatsApp, Messenger, Instagram and Telegram, 20 % of them delivered
twice at the same moment to both web processes; every draft approved through signed Slack clicks
(a fifth of them clicked on both web processes at once). Exactly one draft and one send each.
The full size (N = 500) is scripts/soak.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability.scenario import run_scenario

pytestmark = pytest.mark.skipif(not os.environ.get("TEST_POSTGRES_URL"),
                                reason="needs TEST_POSTGRES_URL (make test sets it)")

N = 40


async def test_many_processes_one_database_no_loss_no_duplicate(tmp_path: Path) -> None:
    result = await run_scenario(n=N, admin_url=os.environ["TEST_POSTGRES_URL"], workdir=tmp_path,
                                within=45)
    # Every delivery was accepted, duplicates included (a provider retry must get a 200).
    assert result.webhook_statuses == {200: N + result.duplicates}
    assert result.duplicates == N // 5
    # Stored once, drafted once, posted for review once.
    assert result.inbound_rows == N
    assert (result.drafts, result.distinct_drafted_messages, result.review_posts) == (N, N, N)
    # Sent once to each customer, and to no one else.
    assert set(result.sends_by_recipient) == result.expected_recipients
    assert set(result.sends_by_recipient.values()) == {1}
    assert result.outbox_states == {"sent": N}
    assert set(result.job_states) == {"done"}
