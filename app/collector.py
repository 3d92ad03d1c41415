"""The worker's garbage collector once it has loaded what it keeps for its life."""

from __future__ import annotations

import gc

# The collector's thresholds once start-up is frozen: a young-generation pass every 10,000 net
# allocations instead of 700. With 200 drafts in flight their objects live across the model
# calls, so the default passes (about 100 young and 9 middle ones for 200 drafts) kept walking
# the same live objects: 0.36 to 0.49 ms of the event loop's CPU an inquiry, 0.10 to 0.16 ms
# with these (docs/performance.md, "The burst, ninth session"). Garbage that only the collector
# frees (reference cycles) waits a little longer; everything else is freed when it is dropped.
GC_THRESHOLDS = (10_000, 10, 10)


def settle() -> None:
    """Freeze what the process has loaded by now (modules, SDKs, the reading's tables: it lives
    as long as the process) out of the collector's passes, and space the passes out. Left in the
    collected generations, each full collection during a burst walked all of it with 200 drafts'
    objects: 0.1 s of the event loop's CPU apiece, about 0.7 ms an inquiry when one ran
    (docs/performance.md, "The burst, sixth pass")."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
