"""Start-up: `migrate` runs Alembic only when the schema is not at head, and the head it checks
is the one Alembic itself computes from the migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.db import alembic_config, at_head, migrate, schema_heads, sync_url


def version_rows(url: str) -> list[str]:
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def test_the_heads_read_from_the_files_are_alembics() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert schema_heads() == set(script.get_heads())


def test_a_new_database_is_migrated_and_then_seen_at_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert not at_head(url)  # no version table yet
    migrate(url)
    assert version_rows(url) == sorted(schema_heads())
    assert at_head(url)


def test_a_database_behind_head_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'behind.db'}"
    migrate(url)
    command.downgrade(alembic_config(url), "-1")
    assert not at_head(url)
    migrate(url)  # not skipped: the version table names an older revision
    assert at_head(url)
    assert version_rows(url) == sorted(schema_heads())
