"""A fake HTTP/1.1 server on 127.0.0.1 that plays provider APIs, for the bench and the tests.

It runs an asyncio loop in a background thread, so it answers sync and async clients alike and
hundreds of requests can wait on a simulated latency (`Reply.delay`) at once without a thread
each. Handlers (plain functions returning a `Reply`) are registered by method and path regex
(the newest matching route wins); every request is
recorded, with the moment the server saw it (`time.perf_counter()`), so a test can assert on
exactly what the real SDK sent and the bench can time it. `unplug()` / `plug()` take the server
off the network (connections refused) and bring it back on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 404: "Not Found"}


@dataclass
class Recorded:
    """One request the fake received, and when (perf_counter seconds)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float = 0.0
    connection: int = 0  # which client connection it came on (numbered from 1 as accepted)

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))

    def params(self) -> dict[str, str]:
        return dict(self.query)


@dataclass
class Reply:
    """What a handler answers; `delay` seconds pass before the answer is written."""

    status: int = 200
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Handler = Callable[[Recorded, re.Match[str]], Reply]


def _constant(reply: Reply) -> Handler:
    def handler(_request: Recorded, _match: re.Match[str]) -> Reply:
        return reply

    return handler


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
    """Use as `with FakeServer() as fake:`; register routes with `route()`; `fake.url` is its
    origin. Nothing runs until the `with` block starts."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._address: tuple[str, int] = ("127.0.0.1", 0)
        self._writers: set[asyncio.StreamWriter] = set()
        self._connections = itertools.count(1)
        self.twilio: Any = None  # the fake Twilio's ledger, when its routes are registered

    def route(self, method: str, pattern: str, handler: Handler | Reply) -> None:
        """Answer `method` requests whose path fully matches `pattern`. Newest route wins."""
        fn = _constant(handler) if isinstance(handler, Reply) else handler
        self.routes.insert(0, (method.upper(), re.compile(pattern), fn))

    def calls(self, method: str | None = None, path_contains: str = "") -> list[Recorded]:
        """Requests (of `method`, when given) whose path contains `path_contains`, in order."""
        with self._lock:
            return [r for r in self.requests
                    if (method is None or r.method == method) and path_contains in r.path]

    def count(self, path_contains: str) -> int:
        return len(self.calls(path_contains=path_contains))

    @property
    def thread(self) -> threading.Thread:
        """The thread the server's event loop runs in (its CPU is the fakes' cost)."""
        assert self._thread is not None, "use the server in a with block"
        return self._thread

    @property
    def url(self) -> str:
        host, port = self._address
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeServer:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.plug()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is None or self._thread is None:
            return
        self.unplug()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def plug(self) -> None:
        """Listen (again, on the same port once it had one)."""
        assert self._loop is not None, "use the server in a with block"
        start = asyncio.start_server(self._serve, *self._address, backlog=1024)
        self._server = asyncio.run_coroutine_threadsafe(start, self._loop).result(timeout=10)
        self._address = self._server.sockets[0].getsockname()[:2]

    def unplug(self) -> None:
        """Stop listening and drop open connections: clients get connection refused."""
        assert self._loop is not None, "use the server in a with block"

        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for writer in list(self._writers):
                writer.close()
            self._server = None

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        number = next(self._connections)
        # The client closing its connection is the normal end of keep-alive.
        closed = (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError)
        try:
            with contextlib.suppress(*closed):
                while await self._one(reader, writer, number):
                    continue
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                   connection: int) -> bool:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        method, target, _version = head[0].split(" ", 2)
        headers = {}
        for line in head[1:]:
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        body = await _read_body(reader, headers)
        parts = urlsplit(target)
        rec = Recorded(method=method, path=parts.path, query=dict(parse_qsl(parts.query)),
                       headers=headers, body=body, at=time.perf_counter(), connection=connection)
        with self._lock:
            self.requests.append(rec)
        reply = self._dispatch(rec)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        lines = [f"HTTP/1.1 {reply.status} {REASONS.get(reply.status, 'OK')}"]
        for name, value in {"Content-Type": "application/json", **reply.headers}.items():
            lines.append(f"{name}: {value}")
        lines.append(f"Content-Length: {len(data)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
        await writer.drain()
        return headers.get("connection", "").lower() != "close"

    def _dispatch(self, rec: Recorded) -> Reply:
        for method, pattern, handler in list(self.routes):
            match = pattern.fullmatch(rec.path)
            if method == rec.method and match:
                return handler(rec, match)
        return Reply(404, {"error": "no fake route", "path": rec.path})
