"""The targets, checked against a run's results, and the printed table."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# Targets of issue 15 (same run, this 2-core machine).
INGEST_RATIO = 0.5
HALF_PEAK_P99_MS = 20.0
BURST_RATIO = 2.0
APPROVE_P99_MS = 100.0
RSS_MB = 200.0
STARTUP_S = 1.5
RECOVERY_S = 10.0


@dataclass(frozen=True)
class Row:
    """One line of the table: a figure, its target and whether it was met (None: no target)."""

    figure: str
    measured: str
    target: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "FAIL")


def _ingest_rows(label: str, data: dict[str, Any], ceiling: float) -> list[Row]:
    if "skipped" in data:
        return [Row(f"ingest {label}", f"skipped: {data['skipped']}")]
    peak, half = data["peak"], data["half_peak"]
    ratio = data.get("ratio_to_ceiling") or 0.0
    return [
        Row(f"ingest {label}: peak (c={peak['concurrency']})",
            f"{peak['requests_per_s']:.0f} req/s = {ratio:.1%} of ceiling; "
            f"p50 {peak['p50_ms']:.1f} ms, p99 {peak['p99_ms']:.1f} ms",
            f">= {INGEST_RATIO:.0%} of ceiling ({ceiling * INGEST_RATIO:.0f} req/s)",
            ratio >= INGEST_RATIO),
        Row(f"ingest {label}: paced at half peak ({half['rate_target']:.0f} req/s)",
            f"p99 {half['p99_ms']:.1f} ms (p50 {half['p50_ms']:.1f} ms, "
            f"{half['ok']}/{half['sent']} ok)",
            f"p99 <= {HALF_PEAK_P99_MS:.0f} ms", half["p99_ms"] <= HALF_PEAK_P99_MS),
    ]


def _burst_row(config: dict[str, Any], inquiries: int) -> Row:
    if config["all_posted_s"] is not None:
        took = f"{config['all_posted_s']:.1f} s"
    else:
        took = (f"{config['posted']}/{inquiries} in {config['waited_s']:.0f} s, "
                f"projected {config['projected_all_s']:.0f} s")
    cpu = config.get("burst_cpu_ms_per_inquiry_by_process") or {}
    shares = ", ".join(f"{name} {ms:.1f}" for name, ms in cpu.items() if name != "machine")
    return Row(
        f"burst of {inquiries}: {config['name']}",
        f"{took} vs single {config['single_median_s']:.2f} s = {config['ratio_to_single']}x"
        + (f"; CPU ms an inquiry: {shares}" if shares else ""),
        f"<= {BURST_RATIO:.0f}x single", (config["ratio_to_single"] or 1e9) <= BURST_RATIO)


def rows(results: dict[str, Any]) -> list[Row]:
    """Every figure of a run with its target."""
    ingest = results["ingest"]
    ceiling = ingest["ceiling"]
    top = ceiling["peak"]["requests_per_s"]
    table = [Row(f"ceiling: bare endpoint (c={ceiling['peak']['concurrency']})",
                 f"{top:.0f} req/s; p50 {ceiling['peak']['p50_ms']:.1f} ms, "
                 f"p99 {ceiling['peak']['p99_ms']:.1f} ms")]
    table += _ingest_rows("SQLite", ingest["sqlite"], top)
    table += _ingest_rows("PostgreSQL", ingest["postgresql"], top)
    drafting = results["drafting"]
    for config in drafting["configs"]:
        table.append(_burst_row(config, config["inquiries"]))
    for approve in results["approve"]:
        targeted = approve.get("separate_worker") and approve.get("database") == "postgresql"
        table.append(Row(f"approve to provider: {approve['name']}",
                         f"p99 {approve['p99_ms']:.0f} ms (p50 {approve['p50_ms']:.0f} ms, "
                         f"n={approve['approvals']})",
                         f"p99 <= {APPROVE_P99_MS:.0f} ms" if targeted else "",
                         approve["p99_ms"] <= APPROVE_P99_MS if targeted else None))
    memory = results["memory"]
    table.append(Row("resident size, largest gateway server", f"{memory['max_gateway_rss_mb']:.0f} MB",
                     f"<= {RSS_MB:.0f} MB", memory["max_gateway_rss_mb"] <= RSS_MB))
    startup = results["startup"]
    table.append(Row(f"start-up to first /healthz, median of {len(startup['all_s'])} starts "
                     "(fresh database, migrations included)",
                     f"{startup['median_s']:.2f} s (slowest {startup['max_s']:.2f} s)"
                     + _restarts(startup),
                     f"<= {STARTUP_S} s", startup["median_s"] <= STARTUP_S))
    table += _scale_rows(ingest.get("scale") or {"skipped": "no PostgreSQL"})
    table += _recovery_rows(results.get("recovery") or {"skipped": "no PostgreSQL"})
    return table


def _restarts(startup: dict[str, Any]) -> str:
    """The restarts on a database already at head (no migration), beside the fresh starts."""
    if not startup.get("restarts_s"):
        return ""
    each = ", ".join(f"{s:.2f}" for s in startup["restarts_s"])
    return f"; restart at head: median {startup['restart_median_s']:.2f} s ({each})"


def _scale_rows(scale: dict[str, Any]) -> list[Row]:
    if "skipped" in scale:
        return [Row("scale: 1 and 2 web processes on PostgreSQL", f"skipped: {scale['skipped']}")]
    one, two = scale["one"], scale["two"]
    return [Row("scale: PostgreSQL, 1 -> 2 web processes (bare endpoint 1 -> 2)",
                f"{one['gateway_peak']['requests_per_s']:.0f} -> "
                f"{two['peak']['requests_per_s']:.0f} req/s = {scale['speedup']}x "
                f"(bare {one['ceiling_peak']['requests_per_s']:.0f} -> "
                f"{scale['ceiling_two']['peak']['requests_per_s']:.0f}); 2 processes: "
                f"{two.get('ratio_to_ceiling') or 0:.1%} of the 2-process bare endpoint")]


def _recovery_rows(recovery: dict[str, Any]) -> list[Row]:
    if "skipped" in recovery:
        return [Row("worker killed mid-send (Twilio)", f"skipped: {recovery['skipped']}")]
    if "failed" in recovery:
        return [Row("worker killed mid-send (Twilio)", f"the scenario failed: {recovery['failed']}",
                    f"<= {RECOVERY_S:.0f} s; 0 duplicate SMS", False)]
    took = (f"{recovery['until_all_done_s']:.1f} s" if recovery["all_done"] else
            f"{recovery['unfinished_at_deadline']} unfinished after "
            f"{recovery['until_all_done_s']:.0f} s")
    return [
        Row("worker killed mid-send (Twilio): until its jobs complete",
            f"{took} ({recovery['sends']} sends in flight, 2 web + 2 workers, PostgreSQL)",
            f"<= {RECOVERY_S:.0f} s",
            recovery["all_done"] and recovery["until_all_done_s"] <= RECOVERY_S),
        Row("worker killed mid-send (Twilio): duplicate SMS",
            f"{recovery['duplicate_sms']} ({recovery['messages_at_twilio']} messages at Twilio for "
            f"{recovery['distinct_recipients']} recipients)", "0", recovery["duplicate_sms"] == 0),
    ]


def as_json(table: list[Row]) -> list[dict[str, Any]]:
    return [{**asdict(row), "verdict": row.verdict} for row in table]


def render(table: list[Row]) -> str:
    """A plain-text table (also valid Markdown)."""
    header = ("figure", "measured", "target", "result")
    lines = [[r.figure, r.measured, r.target, r.verdict] for r in table]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]

    def fmt(cells: tuple[str, ...] | list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(header), rule, *(fmt(line) for line in lines)])
