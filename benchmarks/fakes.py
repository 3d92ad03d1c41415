"""A minimal fake HTTP/1.1 server for the bench, playing provider APIs on 127.0.0.1.

It runs an asyncio loop in a background thread, so hundreds of requests can wait on a simulated
model latency at once without a thread each. Every request is recorded with the moment its
handler saw it (`time.perf_counter()`, comparable with the bench's own clock).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 404: "Not Found"}


@dataclass(frozen=True)
class Recorded:
    """One request the fake received, and when (perf_counter seconds)."""

    at: float
    method: str
    path: str
    body: bytes
    query: str = ""

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))

    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query))


Handler = Callable[[Recorded, re.Match[str]], Awaitable[tuple[int, Any]]]


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return bytes(body)
            body.extend(await reader.readexactly(size))
            await reader.readexactly(2)
    length = int(headers.get("content-length") or 0)
    return await reader.readexactly(length) if length else b""


class FakeServer:
    """Use as `with FakeServer() as fake:`; register routes with `route()`; `fake.url` is its origin."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.twilio: Any = None  # the fake Twilio's ledger, when its routes are registered

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        """Answer `method` requests whose path fully matches the regex `pattern`."""
        self._routes.append((method.upper(), re.compile(pattern), handler))

    def calls(self, path_contains: str) -> list[Recorded]:
        """Requests whose path contains `path_contains`, in arrival order."""
        with self._lock:
            return [r for r in self.requests if path_contains in r.path]

    def count(self, path_contains: str) -> int:
        return len(self.calls(path_contains))

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeServer:
        self._thread.start()
        start = asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=1024)
        self._server = asyncio.run_coroutine_threadsafe(start, self._loop).result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.close()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        # The client closing its connection is the normal end of keep-alive.
        closed = (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError)
        try:
            with contextlib.suppress(*closed):
                while await self._one(reader, writer):
                    continue
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        method, target, _version = head[0].split(" ", 2)
        headers = {}
        for line in head[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        body = await _read_body(reader, headers)
        path, _, query = target.partition("?")
        rec = Recorded(at=time.perf_counter(), method=method, path=path, body=body, query=query)
        with self._lock:
            self.requests.append(rec)
        status, payload = await self._dispatch(rec)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        writer.write(
            f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        await writer.drain()
        return headers.get("connection", "").lower() != "close"

    async def _dispatch(self, rec: Recorded) -> tuple[int, Any]:
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(rec.path)
            if method == rec.method and match:
                return await handler(rec, match)
        return 404, {"error": "no fake route", "path": rec.path}

