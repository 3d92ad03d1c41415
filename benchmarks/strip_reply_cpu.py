"""The email webhook's parse: `python -m benchmarks.strip_reply_cpu [--passes N]`.

Every email case of every tests/data/inquiries*.jsonl (its text and each customer turn of its
history) through `adapters.email_normalize.strip_reply`, as the corpora's business; prints the best
thread CPU of N passes, in all and per text.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from adapters.email_normalize import strip_reply
from tests.orchestrator.corpus_text import CORPUS_FROM

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def email_texts() -> list[str]:
    """Each email case's text and its customer turns, in file and line order."""
    out: list[str] = []
    for path in sorted(DATA.glob("inquiries*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case.get("channel") != "email":
                continue
            out.append(case["text"])
            for turn in case.get("history", []):
                if isinstance(turn, str):
                    out.append(turn)
                elif turn.get("role") == "customer":
                    out.append(turn["text"])
    return out


def main() -> None:
    """Time `strip_reply` over the corpora's email texts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    texts = email_texts()
    best = float("inf")
    for _ in range(args.passes):
        start = time.thread_time()
        for text in texts:
            strip_reply(text, business=CORPUS_FROM)
        best = min(best, time.thread_time() - start)
    print(f"{len(texts)} texts, best of {args.passes}: {best:.2f} s, "
          f"{best / len(texts) * 1e6:.0f} us a text")


if __name__ == "__main__":
    main()
