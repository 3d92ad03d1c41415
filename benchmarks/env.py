"""The gateway's settings for a bench run, its databases, and the machine it runs on."""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import sync_url
from benchmarks.signing import (
    ACCOUNT_SID,
    APPROVER,
    BUSINESS_NUMBER,
    PUBLIC_BASE,
    REVIEW_CHANNEL,
    SLACK_SECRET,
    TWILIO_TOKEN,
)


def gateway_settings(*, database_url: str, fake_url: str, **extra: str) -> dict[str, str]:
    """Environment variables for a gateway process: Twilio, the model and Slack at the fakes."""
    values = {
        "DATABASE_URL": database_url,
        "PUBLIC_BASE_URL": PUBLIC_BASE,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "TWILIO_FROM_NUMBER": BUSINESS_NUMBER,
        "TWILIO_API_BASE_URL": fake_url,
        "OPENAI_API_KEY": "sk-bench",
        "OPENAI_BASE_URL": fake_url + "/v1",
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SLACK_SECRET,
        "SLACK_REVIEW_CHANNEL": REVIEW_CHANNEL,
        "SLACK_APPROVER_IDS": APPROVER,
        "SLACK_API_BASE_URL": fake_url + "/api/",
        # The bench measures bursts of new senders: the drafting budget would hold most back.
        "DRAFT_BUDGET_PER_MINUTE": "100000",
        "DRAFT_BUDGET_PER_DAY": "1000000",
        "NEW_CONTACT_DRAFT_BUDGET_PER_MINUTE": "100000",
        "NEW_CONTACT_DRAFT_BUDGET_PER_DAY": "1000000",
    }
    values.update({k.upper(): v for k, v in extra.items()})
    return values


def sqlite_url(workdir: Path, name: str) -> str:
    return f"sqlite:///{workdir / (name + '.db')}"


def count_rows(database_url: str, table: str, where: str = "") -> int:
    """Rows in one of the gateway's tables (to check that what was answered was stored)."""
    engine = create_engine(sync_url(database_url))
    try:
        with engine.connect() as conn:
            query = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
            return int(conn.execute(text(query)).scalar_one())
    finally:
        engine.dispose()


@contextlib.contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the server at `admin_url`, dropped afterwards."""
    name = f"gateway_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(sync_url(admin_url)).set(database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def postgres_admin_url() -> tuple[str | None, str]:
    """BENCH_POSTGRES_URL, or None with the reason the PostgreSQL rows are skipped."""
    url = os.environ.get("BENCH_POSTGRES_URL", "").strip()
    if not url:
        return None, "BENCH_POSTGRES_URL is not set (scripts/testdb.sh start prints one)"
    try:
        engine = create_engine(sync_url(url))
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any connection failure means: skip with the reason
        return None, f"PostgreSQL at BENCH_POSTGRES_URL is unreachable: {type(exc).__name__}"
    return url, ""


def machine() -> dict[str, object]:
    """nproc, memory and CPU model of this machine, and the server stack benched."""
    cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace") if Path("/proc/cpuinfo").exists() else ""
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                  if line.startswith("model name")), "unknown")
    mem_kb = 0
    if Path("/proc/meminfo").exists():
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu_model": model,
        "python": sys.version.split()[0],
        "uvicorn_loop": _available("uvloop", "uvloop", "asyncio"),
        "uvicorn_http": _available("httptools", "httptools", "h11"),
    }


def _available(module: str, yes: str, no: str) -> str:
    import importlib.util

    return yes if importlib.util.find_spec(module) else f"{no} ({module} not installed)"


PACKAGES = ("vocabulary", "adapters", "orchestrator", "app")


def compile_bytecode() -> bool:
    """The gateway's own modules compiled to bytecode before any server starts, as a deployed
    wheel's are at install (`make bytecode` does the same): an editable install leaves them as
    source, and with PYTHONDONTWRITEBYTECODE set each measured start-up would compile them
    again. Only stale or missing files are written; True when all compiled."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    return all(compileall.compile_dir(root / package, quiet=1, workers=0)
               for package in PACKAGES)
