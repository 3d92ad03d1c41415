"""Soak run: the many-processes scenario of tests/reliability/test_multiprocess.py at full size.

    .venv/bin/python scripts/soak.py --admin-url postgresql://postgres@127.0.0.1:54329/postgres \
        [--n 500] [--webs 2] [--workers 3] [--doc docs/reliability.md]

Starts `gateway serve --no-worker` and `gateway worker` subprocesses on a fresh database of that
PostgreSQL server, sends N inbound messages over SMS, WhatsApp, Messenger, Instagram and Telegram
(20 % delivered twice, to both web processes at once), approves every draft with signed Slack
clicks, and counts what the fake providers were asked to send. Exits 1 when a message was lost or
sent twice. With --doc, the result replaces the block between the soak markers in that file.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.reliability.scenario import ScenarioResult, run_scenario  # noqa: E402

START, END = "<!-- soak:start -->", "<!-- soak:end -->"


def verdict(result: ScenarioResult) -> list[str]:
    """The problems found; empty when every message was stored, drafted and sent exactly once."""
    n = result.n
    problems = []
    if result.webhook_statuses != {200: n + result.duplicates}:
        problems.append(f"webhook answers {dict(result.webhook_statuses)}")
    if result.inbound_rows != n:
        problems.append(f"{result.inbound_rows} inbound rows for {n} messages")
    if (result.drafts, result.distinct_drafted_messages) != (n, n):
        problems.append(f"{result.drafts} drafts for {result.distinct_drafted_messages} messages")
    missing = result.expected_recipients - set(result.sends_by_recipient)
    twice = {r: c for r, c in result.sends_by_recipient.items() if c > 1}
    if missing:
        problems.append(f"{len(missing)} customers got no reply")
    if twice:
        problems.append(f"{len(twice)} customers got more than one reply")
    if result.outbox_states != {"sent": n}:
        problems.append(f"outbox states {dict(result.outbox_states)}")
    if set(result.job_states) != {"done"}:
        problems.append(f"job states {dict(result.job_states)}")
    return problems


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in
                     Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        model = cpu
    return (f"{model}, {os.cpu_count()} CPUs, Linux {platform.release()}, "
            f"Python {platform.python_version()}")


def report(result: ScenarioResult, args: argparse.Namespace, problems: list[str]) -> str:
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}; PostgreSQL "
        f"(scripts/testdb.sh, fsync off); {args.webs} web processes, {args.workers} workers, "
        "WORKER_POLL_SECONDS=0.05.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| inbound messages (N) | {result.n} |",
        f"| duplicate deliveries (to both web processes at once) | {result.duplicates} |",
        f"| webhook answers | {dict(result.webhook_statuses)} |",
        f"| inbound rows stored | {result.inbound_rows} |",
        f"| drafts (distinct inbound messages drafted) | {result.drafts} "
        f"({result.distinct_drafted_messages}) |",
        f"| review messages posted to Slack | {result.review_posts} |",
        f"| sends at the fake providers | {result.total_sends} to "
        f"{len(result.sends_by_recipient)} customers |",
        f"| customers with more than one reply | "
        f"{sum(1 for c in result.sends_by_recipient.values() if c > 1)} |",
        f"| customers without a reply | "
        f"{len(result.expected_recipients - set(result.sends_by_recipient))} |",
        f"| outbox states | {dict(result.outbox_states)} |",
        f"| job states | {dict(result.job_states)} |",
    ]
    lines += [f"| seconds: {name} | {value:.1f} |" for name, value in result.seconds.items()]
    lines += ["", "Verdict: " + ("no message lost, none sent twice." if not problems
                                  else "PROBLEMS: " + "; ".join(problems))]
    return "\n".join(lines)


def write_doc(path: Path, text: str) -> None:
    doc = path.read_text()
    if START in doc and END in doc:
        head, rest = doc.split(START, 1)
        doc = head + START + "\n" + text + "\n" + END + rest.split(END, 1)[1]
    else:
        doc += f"\n{START}\n{text}\n{END}\n"
    path.write_text(doc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--admin-url", default=os.environ.get("TEST_POSTGRES_URL"))
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--webs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--within", type=float, default=600.0, help="seconds per phase, at most")
    parser.add_argument("--doc", type=Path, default=None)
    args = parser.parse_args()
    if not args.admin_url:
        parser.error("--admin-url (or TEST_POSTGRES_URL) is needed: see scripts/testdb.sh")
    with tempfile.TemporaryDirectory(prefix="gateway-soak-") as workdir:
        result = asyncio.run(run_scenario(n=args.n, admin_url=args.admin_url, workdir=Path(workdir),
                                          webs=args.webs, workers=args.workers,
                                          within=args.within))
    problems = verdict(result)
    text = report(result, args, problems)
    sys.stdout.write(text + "\n")
    if args.doc:
        write_doc(args.doc, text)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
