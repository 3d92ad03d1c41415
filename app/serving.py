"""How `gateway serve` runs uvicorn: its server, telling the app once the socket is bound."""

from __future__ import annotations

import asyncio
import socket

import uvicorn


class ListeningServer(uvicorn.Server):
    """uvicorn's server that sets `listening` once its startup is done (the app's lifespan
    startup, then the socket bound): `create_app(listening=...)` loads the worker after it."""

    def __init__(self, config: uvicorn.Config, *, listening: asyncio.Event) -> None:
        super().__init__(config)
        self._listening = listening

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self._listening.set()
