"""The load generator: raw asyncio HTTP/1.1 over keep-alive connections, closed- and open-loop.

Requests are pre-built bytes (see `benchmarks.signing`); the client only writes them and reads
status line, headers and a Content-Length body, which keeps its own cost per request small
next to the server's. Every run is bounded by a request count and a wall-clock deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


class Connection:
    """One keep-alive connection to 127.0.0.1:port."""

    def __init__(self, *, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        return cls(reader=reader, writer=writer)

    async def send(self, request: bytes) -> tuple[int, bytes]:
        """Write one request and read its response: (status, body)."""
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            elif name.strip().lower() == b"transfer-encoding":
                raise ValueError("chunked responses are not expected from the endpoints benched")
        body = await self.reader.readexactly(length) if length else b""
        return status, body

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError):  # the server may already have dropped it
            await self.writer.wait_closed()


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of `values` (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


@dataclass
class LoadResult:
    """What one load run measured. Latencies are seconds."""

    sent: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0
    connections: int = 0
    max_send_lag: float = 0.0

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def rate(self) -> float:
        return self.ok / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "ok": self.ok,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "errors": self.errors,
            "elapsed_s": round(self.elapsed, 4),
            "requests_per_s": round(self.rate, 1),
            "p50_ms": round(percentile(self.latencies, 50) * 1000, 2),
            "p99_ms": round(percentile(self.latencies, 99) * 1000, 2),
            "max_ms": round(max(self.latencies, default=0.0) * 1000, 2),
            "connections": self.connections,
            "max_send_lag_ms": round(self.max_send_lag * 1000, 2),
        }


async def closed_loop(
    port: int, requests: Sequence[bytes], *, concurrency: int, duration: float
) -> LoadResult:
    """`concurrency` connections, each sending its next request as soon as the last is answered,
    until the requests run out or `duration` seconds pass."""
    result = LoadResult()
    conns = await asyncio.gather(*(Connection.open(port) for _ in range(concurrency)))
    result.connections = len(conns)
    position = iter(range(len(requests)))
    start = time.perf_counter()
    deadline = start + duration
    last_done = start

    async def user(conn: Connection) -> None:
        nonlocal last_done
        for index in position:
            if time.perf_counter() >= deadline:
                return
            t0 = time.perf_counter()
            result.sent += 1
            try:
                status, _ = await asyncio.wait_for(conn.send(requests[index]), timeout=30)
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
                result.errors += 1
                return
            last_done = time.perf_counter()
            result.latencies.append(last_done - t0)
            result.statuses[status] += 1

    try:
        await asyncio.gather(*(user(c) for c in conns))
    finally:
        await asyncio.gather(*(c.close() for c in conns))
    result.elapsed = last_done - start
    return result


async def open_loop(
    port: int, requests: Sequence[bytes], *, rate: float, duration: float, max_connections: int = 256
) -> LoadResult:
    """Send at a fixed `rate` whatever the answers (paced, open loop), for `duration` seconds.
    Latency counts from each request's scheduled time, so a server that falls behind is charged
    for the queue it builds (no coordinated omission)."""
    result = LoadResult()
    count = min(len(requests), int(rate * duration))
    idle: list[Connection] = []
    slots = asyncio.Semaphore(max_connections)
    start = time.perf_counter()

    async def one(index: int, scheduled: float) -> None:
        async with slots:
            conn = idle.pop() if idle else None
            try:
                if conn is None:
                    conn = await Connection.open(port)
                    result.connections += 1
                status, _ = await asyncio.wait_for(conn.send(requests[index]), timeout=30)
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
                result.errors += 1
                if conn is not None:
                    conn.writer.close()  # broken or mid-response: not reusable
                return
            result.latencies.append(time.perf_counter() - scheduled)
            result.statuses[status] += 1
            idle.append(conn)

    tasks = []
    for index in range(count):
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        result.max_send_lag = max(result.max_send_lag, time.perf_counter() - scheduled)
        result.sent += 1
        tasks.append(asyncio.create_task(one(index, scheduled)))
    await asyncio.gather(*tasks)
    result.elapsed = time.perf_counter() - start
    await asyncio.gather(*(c.close() for c in idle))
    return result


async def send_one(port: int, request: bytes, *, within: float = 30.0) -> tuple[int, float]:
    """One request on a fresh connection: (status, seconds)."""
    conn = await Connection.open(port)
    try:
        t0 = time.perf_counter()
        status, _ = await asyncio.wait_for(conn.send(request), timeout=within)
        return status, time.perf_counter() - t0
    finally:
        await conn.close()
