"""`gateway bench --smoke` runs end to end: real processes, real HTTP, fake providers.

Asserts on the structure of the JSON and that its numbers are measurements (every request sent
was answered and stored, every draft reached Slack, every approval reached Twilio), never on
speed: the targets are the full bench's business, not the test suite's.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest

import app.main
from benchmarks.plan import SMOKE
from benchmarks.run import main


def _children() -> list[int]:
    """Live processes whose parent is this one."""
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines()
                          if ":\t" in line)
        except OSError:
            continue  # the process ended while we looked
        if fields.get("PPid", "").strip() == str(os.getpid()):
            pids.append(int(status.parent.name))
    return pids


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    output = tmp_path_factory.mktemp("bench") / "out.json"
    saved = os.environ.pop("BENCH_POSTGRES_URL", None)  # the smoke run stays on SQLite
    try:
        assert main(smoke=True, output=str(output)) == 0
    finally:
        if saved is not None:
            os.environ["BENCH_POSTGRES_URL"] = saved
    data: dict[str, Any] = json.loads(output.read_text())
    return data


def _check_load(run: dict[str, Any]) -> None:
    """A load run where every request answered got a 200, with real timings. wrk stops at its
    deadline without reading answers still in flight (at most one per connection)."""
    assert run["sent"] > 0
    assert run["ok"] == run["answered"] and run["statuses"] == {"200": run["answered"]}
    assert 0 <= run["sent"] - run["answered"] <= run["connections"]
    assert run["errors"] == 0
    assert run["elapsed_s"] > 0 and run["requests_per_s"] > 0
    assert 0 < run["p50_ms"] <= run["p99_ms"] <= run["max_ms"]


def test_every_process_was_stopped(results: dict[str, Any]) -> None:
    assert _children() == []


def test_ingest_counts_match_what_was_sent_and_stored(results: dict[str, Any]) -> None:
    ingest = results["ingest"]
    for name in ("ceiling", "sqlite"):
        server = ingest[name]
        # wrk (a separate process) drove every run, and said how.
        assert all(run["command"].startswith("wrk -t 1 -c ") for run in server["levels"])
        assert server["half_peak"]["think_ms"] > 0
        assert [lv["concurrency"] for lv in server["levels"]] == list(SMOKE.levels)
        for run in [*server["levels"], server["half_peak"]]:
            _check_load(run)
        assert server["peak"] in server["levels"]
        assert server["half_peak"]["rate_target"] == pytest.approx(
            max(server["peak"]["requests_per_s"] / 2, 1.0), abs=0.1)
        assert server["sent"] == sum(r["sent"] for r in [*server["levels"], server["half_peak"]])
        assert server["accepted"] == sum(r["ok"] for r in [*server["levels"], server["half_peak"]])
        assert server["startup_s"] > 0 and server["rss_mb"] > 0
        assert server["server_cpu_ms_per_request"] > 0
    sqlite = ingest["sqlite"]
    # Each request sent (unique MessageSid, unique sender) is one appended delivery: the ones
    # answered, and at most one per connection still in flight at wrk's deadline, which the
    # server appends after wrk has gone. The server runs without a worker, so none is stored as
    # a message yet.
    assert sqlite["accepted"] <= sqlite["appended_deliveries"] <= sqlite["sent"]
    assert sqlite["sent"] <= sqlite["prepared"]
    assert sqlite["stored_messages"] == 0
    assert sqlite["ratio_to_ceiling"] > 0
    assert "BENCH_POSTGRES_URL" in ingest["postgresql"]["skipped"]


def test_every_burst_draft_was_made_by_the_model_and_posted(results: dict[str, Any]) -> None:
    drafting = results["drafting"]
    assert drafting["model_latency_s"] == SMOKE.model_latency
    names = [c["name"] for c in drafting["configs"]]
    assert names == ["serve-default-slots", f"serve-{SMOKE.big_slots}-slots"]
    for config in drafting["configs"]:
        assert config["inquiries"] == config["webhooks_accepted"] == SMOKE.burst
        assert config["posted"] == config["posted_with_model_text"] == SMOKE.burst
        # Two model calls per draft (tool call, final text), for the burst and the singles.
        assert config["model_calls"] == 2 * SMOKE.burst
        assert config["webhooks_answered_s"] > 0 and config["all_posted_s"] > 0
        assert config["projected_all_s"] == config["all_posted_s"]
        assert len(config["singles"]) == SMOKE.single_drafts
        for single in config["singles"]:
            assert 0 < single["to_first_model_call_s"] < single["total_s"]
            assert 0 < single["after_last_model_reply_s"] < single["total_s"]
        assert config["ratio_to_single"] == pytest.approx(
            config["all_posted_s"] / config["single_median_s"], rel=0.02)
        # Who used the cores during the burst: the gateway, the fakes, the driver, wrk, and
        # the machine's busy time with what none of them accounts for.
        cpu = config["burst_cpu_ms_per_inquiry_by_process"]
        assert set(cpu) == {"drafting", "fakes", "driver", "wrk", "machine", "other"}
        assert cpu["drafting"] == config["burst_cpu_ms_per_inquiry"] > 0
        assert min(cpu.values()) >= 0 and config["burst_cores_busy"] >= 0


def test_every_approval_reached_the_provider(results: dict[str, Any]) -> None:
    approve = results["approve"]
    assert [a["name"] for a in approve] == ["serve-default"]
    for run in approve:
        assert run["approvals"] == run["sent"] == SMOKE.approvals
        assert run["distinct_recipients"] == SMOKE.approvals
        assert run["bodies_match_draft"] == SMOKE.approvals
        assert 0 < run["p50_ms"] <= run["p99_ms"] <= run["max_ms"]
        assert run["slack_ack_p50_ms"] > 0


def test_memory_startup_machine_and_table(results: dict[str, Any]) -> None:
    memory = results["memory"]
    assert memory["max_gateway_rss_mb"] == max(memory["gateway_servers_rss_mb"].values()) > 0
    assert set(memory["gateway_servers_rss_mb"]) == {
        "ingest-sqlite", "serve-default-slots", f"serve-{SMOKE.big_slots}-slots",
        "approve-serve-default"}
    startup = results["startup"]
    assert startup["fresh_sqlite_s"] == results["ingest"]["sqlite"]["startup_s"]
    assert len(startup["all_s"]) == 4 and min(startup["all_s"]) > 0
    assert min(startup["all_s"]) <= startup["median_s"] <= startup["max_s"]
    machine = results["machine"]
    assert machine["nproc"] >= 1 and machine["memory_gb"] > 0 and machine["cpu_model"]
    # The servers started from bytecode written before them, as a deployed wheel's modules.
    assert machine["bytecode_compiled"] is True
    assert Path(importlib.util.cache_from_source(app.main.__file__)).is_file()
    assert results["smoke"] is True and results["command"].startswith("gateway bench --smoke")
    verdicts = {row["figure"]: row["verdict"] for row in results["table"]}
    assert verdicts["resident size, largest gateway server"] in ("PASS", "FAIL")
    targeted = [row for row in results["table"] if row["target"]]
    # SQLite ingest (peak, paced), bursts, memory and start-up; the approve target is for a
    # separate worker on PostgreSQL, and recovery and scale need PostgreSQL too.
    assert len(targeted) == 2 + 2 + 2
    assert "skipped" in results["recovery"] and "skipped" in results["ingest"]["scale"]
    assert all(row["verdict"] in ("PASS", "FAIL") for row in targeted)
