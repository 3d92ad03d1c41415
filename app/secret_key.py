"""SECRET_KEY: the key that signs console cookies. When the setting is empty, a random key is
generated into the database on first use and shared by every process of the deployment (a
restart or a second web process accepts the same cookies). It is never derived from the
password, so a leaked cookie gives nothing to guess the password against offline."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import GatewaySecret, utcnow

SECRET_NAME = "secret_key"


async def load_secret_key(sessions: async_sessionmaker[AsyncSession], configured: str) -> bytes:
    """The configured SECRET_KEY, else the stored one, generated on first use (race-free: the
    first insert wins and every process reads the winner)."""
    if configured:
        return configured.encode()
    async with sessions() as session, session.begin():
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        await session.execute(
            insert(GatewaySecret)
            .values(name=SECRET_NAME, value=secrets.token_urlsafe(48), created_at=utcnow())
            .on_conflict_do_nothing(index_elements=["name"])
        )
        value = (
            await session.execute(
                select(GatewaySecret.value).where(GatewaySecret.name == SECRET_NAME)
            )
        ).scalar_one()
    return str(value).encode()
