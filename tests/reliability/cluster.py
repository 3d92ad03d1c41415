"""Real gateway processes for the reliability tests and scripts/soak.py: `gateway serve
--no-worker` and `gateway worker` subprocesses on 127.0.0.1, configured by environment variables,
with logs in a work directory. Every process is killed by `Processes.close()` (call it in a
`finally`)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from app.db import sync_url
from tests.reliability.signing import CHANNEL_SETTINGS
from vocabulary.settings import Settings

GATEWAY = str(Path(sys.executable).with_name("gateway"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


UNLIMITED_DRAFTING = {"draft_budget_per_minute": 100_000, "draft_budget_per_day": 1_000_000,
                      "new_contact_draft_budget_per_minute": 100_000,
                      "new_contact_draft_budget_per_day": 1_000_000}


def gateway_env(*, database_url: str, provider_url: str, **overrides: Any) -> dict[str, str]:
    """The environment of a gateway process: every channel on, providers at `provider_url`."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in Settings.model_fields}
    values: dict[str, Any] = {
        **CHANNEL_SETTINGS,
        "database_url": database_url,
        "twilio_api_base_url": provider_url,
        "meta_graph_base_url": provider_url,
        "telegram_api_base_url": provider_url,
        "slack_api_base_url": provider_url + "/api/",
        "smtp_host": "",  # email is off: no SMTP server in these runs
        "worker_poll_seconds": 0.05,
        "job_lease_seconds": 10,
        "retry_base_seconds": 0.2,
        # These runs count exactly-once drafting and delivery of bursts of new senders; the
        # drafting budget that would hold most of them back is tested in test_hostile_budget.
        **UNLIMITED_DRAFTING,
        **overrides,
    }
    env.update({k.upper(): str(v) for k, v in values.items()})
    env["LOG_LEVEL"] = env.get("LOG_LEVEL", "WARNING")
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Processes:
    """Gateway subprocesses started here, each with its own log file in `workdir`."""

    def __init__(self, *, env: dict[str, str], workdir: Path) -> None:
        self.env = env
        self.workdir = workdir
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def spawn(self, name: str, *args: str, env: dict[str, str] | None = None
              ) -> subprocess.Popen[bytes]:
        log = (self.workdir / f"{name}.log").open("ab")
        proc = subprocess.Popen([GATEWAY, *args], env=env or self.env, cwd=self.workdir,
                                stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.procs[name] = proc
        return proc

    def web(self, name: str, port: int) -> subprocess.Popen[bytes]:
        return self.spawn(name, "serve", "--no-worker", "--host", "127.0.0.1", "--port", str(port))

    def worker(self, name: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        return self.spawn(name, "worker", env=env)

    def log(self, name: str) -> str:
        return (self.workdir / f"{name}.log").read_text(errors="replace")

    def wait_web(self, name: str, port: int, *, within: float = 60.0) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            self._alive(name)
            with contextlib.suppress(httpx.HTTPError):  # not listening yet
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"{name} did not answer within {within}s:\n{self.log(name)[-3000:]}")

    def wait_log(self, name: str, needle: str, *, within: float = 60.0) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            self._alive(name)
            if needle in self.log(name):
                return
            time.sleep(0.1)
        raise TimeoutError(f"{name} never logged {needle!r}:\n{self.log(name)[-3000:]}")

    def _alive(self, name: str) -> None:
        if self.procs[name].poll() is not None:
            raise RuntimeError(f"{name} exited with {self.procs[name].returncode}:\n"
                               f"{self.log(name)[-3000:]}")

    def kill9(self, name: str) -> None:
        """SIGKILL: no cleanup, no lease release, exactly like a crash."""
        proc = self.procs[name]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def close(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.kill()
        for proc in self.procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


class FreshDatabase:
    """A new PostgreSQL database on the server of `admin_url`, dropped by `drop()`."""

    def __init__(self, admin_url: str) -> None:
        self.name = f"gateway_rel_{uuid.uuid4().hex[:8]}"
        self._admin = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = make_url(sync_url(admin_url)).set(database=self.name).render_as_string(
            hide_password=False)

    def engine(self) -> Engine:
        return create_engine(self.url)

    def drop(self) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()
