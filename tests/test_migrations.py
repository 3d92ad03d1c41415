"""The Alembic migrations build exactly the models' schema (autogenerate finds no difference),
on SQLite and on PostgreSQL, and each migration can be undone and redone; a new database, built
from the models and stamped at the head, is the same schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app.db import alembic_config, build_new, migrate, schema_heads, sync_url
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


def test_the_migrations_build_the_models_schema(empty_url: str) -> None:
    command.upgrade(alembic_config(empty_url), "head")
    assert differences(empty_url) == []
    assert tables(empty_url) == {*Base.metadata.tables, "alembic_version"}


def versions(url: str) -> set[str]:
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            return set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def test_a_new_database_is_built_from_the_models_at_the_head(empty_url: str) -> None:
    """The schema every test database has (and every first start builds) is the migrations'
    schema, stamped so that the next migration applies to it and every one can be undone."""
    migrate(empty_url)
    assert differences(empty_url) == []
    assert tables(empty_url) == {*Base.metadata.tables, "alembic_version"}
    assert versions(empty_url) == schema_heads()
    config = alembic_config(empty_url)
    command.downgrade(config, "base")
    assert tables(empty_url) == {"alembic_version"}
    command.upgrade(config, "head")
    assert differences(empty_url) == []


def names(url: str) -> dict[str, tuple[object, ...]]:
    """Each table's constraint and index names: the migrations' downgrades drop them by name,
    and autogenerate's comparison does not look at them."""
    engine = create_engine(sync_url(url))
    try:
        seen = inspect(engine)
        return {t: (sorted(str(fk["name"]) for fk in seen.get_foreign_keys(t)),
                    sorted(str(ix["name"]) for ix in seen.get_indexes(t)),
                    sorted(str(uq["name"]) for uq in seen.get_unique_constraints(t)),
                    seen.get_pk_constraint(t).get("name"))
                for t in seen.get_table_names() if t != "alembic_version"}
    finally:
        engine.dispose()


def test_a_new_database_names_its_constraints_as_the_migrations_do(empty_url: str) -> None:
    config = alembic_config(empty_url)
    command.upgrade(config, "head")
    migrated = names(empty_url)
    command.downgrade(config, "base")
    engine = create_engine(sync_url(empty_url))
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    assert build_new(empty_url) is True
    assert names(empty_url) == migrated


def test_processes_starting_together_build_a_new_database_once(empty_url: str) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        built = list(pool.map(build_new, [empty_url] * 3))
    assert sorted(built) == [False, False, True]
    assert differences(empty_url) == [] and versions(empty_url) == schema_heads()


def test_a_database_with_tables_is_left_to_the_migrations(empty_url: str) -> None:
    command.upgrade(alembic_config(empty_url), "0001")
    assert build_new(empty_url) is False
    assert versions(empty_url) == {"0001"}


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
