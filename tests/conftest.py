"""Shared fixtures: a migrated database per test on SQLite and (when TEST_POSTGRES_URL is set,
as `make test` does) on PostgreSQL, settings without any ambient environment, fake providers."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.channels import Channels
from app.clock import Clock
from app.db import migrate, sync_url
from app.inbox import INBOUND, STATUS, run_inbound_job, run_status_job
from app.main import create_app
from app.models import Base
from app.orchestrator_factory import Drafter
from app.runtime import Runtime, build_runtime
from app.worker import Worker
from tests.fakes.server import FakeServer
from tests.helpers import slack_routes, twilio_messages_route
from vocabulary.settings import Settings

pytest_plugins = ["tests.fakes.smtp"]  # the `smtp` fixture: a real SMTP server on 127.0.0.1

FIXTURES = Path(__file__).parent / "fixtures"
PUBLIC_BASE = "https://gateway.example.com"
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


@pytest.fixture(autouse=True)
def _no_ambient_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests see only the settings they pass: no .env, no provider keys from the machine."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str]:
    admin_url = os.environ["TEST_POSTGRES_URL"]
    name = f"gateway_test_{uuid.uuid4().hex[:8]}"
    admin = create_engine(sync_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(sync_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    migrate(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A freshly migrated, empty database."""
    if request.param == "sqlite":
        path = tmp_path / "gateway.db"
        shutil.copy(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("_postgres_database")
    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture
def fake_twilio() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        twilio_messages_route(fake)
        yield fake


@pytest.fixture
def fake_slack() -> Iterator[FakeServer]:
    """The Slack Web API methods the reviewer calls, each answering ok."""
    with FakeServer() as fake:
        slack_routes(fake)
        yield fake


@pytest.fixture
def make_settings(db_url: str, fake_twilio: FakeServer) -> Callable[..., Settings]:
    """Settings with Twilio configured against the fake; keyword overrides win."""

    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "database_url": db_url,
            "public_base_url": PUBLIC_BASE,
            "twilio_account_sid": "AC9af211329b2fc82e5efe906062c73008",
            "twilio_auth_token": "test-twilio-auth-token",
            "twilio_from_number": "+19165550100",
            "twilio_api_base_url": fake_twilio.url,
            "retry_base_seconds": 0.0,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return build


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@pytest.fixture
def orchestrator() -> Drafter | None:
    """None builds the configured orchestrator (offline without a key); tests may override."""
    return None


@pytest.fixture
def channels() -> Channels | None:
    """None builds the adapters the settings configure; tests may pass in-memory ones."""
    return None


@pytest.fixture
def clock() -> Clock:
    """The wall clock (this runtime's own: a test may fix or advance it); a test that asserts
    on times from the start overrides it with a FrozenClock."""
    return Clock()


@pytest.fixture
async def runtime(
    settings: Settings, orchestrator: Drafter | None, channels: Channels | None, clock: Clock
) -> AsyncIterator[Runtime]:
    """The process runtime on a fresh database (the worker does not run unless drained)."""
    rt = build_runtime(settings, orchestrator=orchestrator, channels=channels, clock=clock)
    yield rt
    await rt.close()


async def store_appended(runtime: Runtime) -> int:
    """Run the `inbound` and `status` jobs webhooks appended (what a worker does right after
    the 200): messages stored, draft jobs queued; nothing drafted or sent."""

    worker = Worker(runtime=runtime, handlers={INBOUND: run_inbound_job, STATUS: run_status_job})
    return await worker.drain()


@pytest.fixture
async def raw_client(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    """HTTP client on the app in-process; nothing runs after a webhook's append."""
    app = create_app(runtime=runtime, run_worker=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_BASE) as http:
        yield http


@pytest.fixture
async def client(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    """HTTP client on the app in-process. After each accepted webhook the deliveries it
    appended are stored (`store_appended`), as a worker would right away; drafting and sending
    wait until a test drains the worker."""

    async def store(response: httpx.Response) -> None:
        if response.request.url.path.startswith("/webhooks/") and response.status_code == 200:
            await store_appended(runtime)

    app = create_app(runtime=runtime, run_worker=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_BASE,
                                 event_hooks={"response": [store]}) as http:
        yield http
