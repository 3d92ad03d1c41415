"""The Alembic migrations build exactly the models' schema (autogenerate finds no difference),
on SQLite and on PostgreSQL, and each migration can be undone and redone."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app.db import alembic_config, migrate, sync_url
from app.models import Base
from tests.conftest import BACKENDS


def differences(url: str) -> list[Any]:
    """What `alembic revision --autogenerate` would write to bring the database to the models."""
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    engine = create_engine(sync_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even the migrations."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin_url = sync_url(os.environ["TEST_POSTGRES_URL"])
    name = f"gateway_migrations_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_migrated_database_is_the_models_schema(db_url: str) -> None:
    assert differences(db_url) == []
    assert tables(db_url) == {*Base.metadata.tables, "alembic_version"}


def test_every_migration_can_be_undone_and_redone(empty_url: str) -> None:
    migrate(empty_url)
    assert differences(empty_url) == []
    config = alembic_config(empty_url)
    command.downgrade(config, "0001")
    # The comparison sees what a migration changed: 0001 still has outbox.next_attempt_at.
    removed = {(d[2], d[3].name) for d in differences(empty_url)
               if isinstance(d, tuple) and d[0] == "remove_column"}
    assert ("outbox", "next_attempt_at") in removed
    command.upgrade(config, "head")
    assert differences(empty_url) == []
    command.downgrade(config, "base")
    assert tables(empty_url) == {"alembic_version"}
