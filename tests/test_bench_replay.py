"""The bench's wrk script (benchmarks/replay.lua) sends each prepared request exactly once.

Its figures (accepted, appended deliveries) are only as good as that: a duplicate of the last
request, sent by several connections at once, made `ok` exceed the requests prepared (47 of 40)
and stopped the run before every distinct request was answered. A raw asyncio server here records
each request line it reads, so the test counts what arrived, not what wrk says it sent.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.wrk import WrkRun, replay


async def _recording_server(seen: Counter[bytes]) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                length = next((int(h.split(b":", 1)[1]) for h in lines
                               if h.lower().startswith(b"content-length:")), 0)
                await reader.readexactly(length)
                seen[lines[0]] += 1
                await asyncio.sleep(0.001)  # an answer that takes a moment, as a real one does
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            return

    return await asyncio.start_server(handle, "127.0.0.1", 0)


@pytest.mark.parametrize(("count", "connections", "think_ms"),
                         [(40, 16, 0.0), (5, 16, 0.0), (120, 32, 2.0)])
async def test_every_prepared_request_arrives_once(
    tmp_path: Path, count: int, connections: int, think_ms: float
) -> None:
    seen: Counter[bytes] = Counter()
    server = await _recording_server(seen)
    port = server.sockets[0].getsockname()[1]
    requests = [f"POST /r{n} HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx".encode()
                for n in range(count)]
    try:
        result = await replay(WrkRun(port=port, connections=connections, duration=60,
                                     think_ms=think_ms), requests, workdir=tmp_path)
    finally:
        server.close()
        await server.wait_closed()
    assert seen == Counter({f"POST /r{n} HTTP/1.1".encode(): 1 for n in range(count)})
    assert (result["prepared"], result["sent"], result["answered"], result["ok"]) == (
        count, count, count, count)
