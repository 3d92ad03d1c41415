"""FastAPI dependencies shared by the routes: the process's runtime and a database session.

`create_app` puts the runtime on `app.state`; routes declare what they need with these
`Annotated` types instead of closing over it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    """The runtime `create_app` stored on the app."""
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_session(runtime: RuntimeDep) -> AsyncIterator[AsyncSession]:
    """A session for the request, closed (and rolled back if not committed) afterwards. It
    takes a connection only when first used: a route that also calls code opening its own
    session (the simulator) must finish with this one first, since SQLite has one connection."""
    async with runtime.sessions() as session:
        yield session


DbSession = Annotated[AsyncSession, Depends(get_session)]
