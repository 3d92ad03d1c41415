"""Migration 0005_staff on a database that already has customers: contacts with the same phone on
SMS and WhatsApp become one customer, like new ones; everything else stays alone."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import MIGRATIONS_DIR, sync_url


def _config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return cfg


@pytest.fixture(params=["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else []))
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    admin = create_engine(sync_url(os.environ["TEST_POSTGRES_URL"]), isolation_level="AUTOCOMMIT")
    name = f"gateway_migration_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(sync_url(os.environ["TEST_POSTGRES_URL"])).set(database=name).render_as_string(
        hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_existing_phone_pairs_are_linked(empty_url: str) -> None:
    cfg = _config(empty_url)
    command.upgrade(cfg, "0001")
    engine = create_engine(sync_url(empty_url))
    rows = [("sms", "+19165550123"), ("whatsapp", "+19165550123"), ("sms", "+19165550199"),
            ("email", "+19165550199"), ("telegram", "81234567")]
    with engine.begin() as conn:
        for channel, address in rows:
            conn.execute(text("INSERT INTO contacts (channel, address, opted_out, created_at) "
                              "VALUES (:c, :a, false, CURRENT_TIMESTAMP)"),
                         {"c": channel, "a": address})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        found = conn.execute(text("SELECT channel, address, customer_id FROM contacts ORDER BY id")
                             ).all()
        customers = conn.execute(text("SELECT count(*) FROM customers")).scalar_one()
    engine.dispose()
    linked = [r.customer_id for r in found]
    assert linked[0] is not None and linked[0] == linked[1]
    assert linked[2:] == [None, None, None] and customers == 1
    command.downgrade(cfg, "0001")  # and back, leaving the old schema intact
