"""The fake provider server the tests use: the bench's (`benchmarks.fakes`), one implementation.

A threaded-free asyncio server on 127.0.0.1 in a background thread: routes by method and path
regex, every request recorded for assertions, `unplug()` / `plug()` for outages.
"""

from __future__ import annotations

from benchmarks.fakes import FakeServer, Handler, Recorded, Reply

__all__ = ["FakeServer", "Handler", "Recorded", "Reply"]
