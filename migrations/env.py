"""Alembic environment: the models' metadata, sync driver."""

from alembic import context
from sqlalchemy import engine_from_config, pool, text

from app.db import SCHEMA_LOCK
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(config.get_section(config.config_ini_section, {}),
                                     prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        if connection.dialect.name == "postgresql":
            # Several processes may start at once (`release`, web, workers): one migrates, the
            # others wait here and then find nothing left to do.
            connection.execute(text(f"SELECT pg_advisory_lock({SCHEMA_LOCK})"))
            connection.commit()
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
