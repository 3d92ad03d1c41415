"""The offline reading's CPU: `python -m benchmarks.reading_cpu (--dump FILE | --time [--passes N])`.

Every case of every tests/data/inquiries*.jsonl: its text and each customer turn of its history.
`--dump` writes repr (sets sorted) of `extract` for each text, one line each (to check a change
reads every message exactly as before); `--time` runs `extract` over all of them N times after a
warm-up pass and prints the best and median thread CPU per pass and per message.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import time
from pathlib import Path
from typing import Any

import orchestrator
from orchestrator.catalog import Catalog, load_catalog
from orchestrator.extraction import extract

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def texts() -> list[str]:
    """Each case's text and its customer turns, in file and line order."""
    out: list[str] = []
    for path in sorted(DATA.glob("inquiries*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            out.append(case["text"])
            for turn in case.get("history", []):
                if isinstance(turn, str):
                    out.append(turn)
                elif isinstance(turn, dict) and turn.get("role") == "customer":
                    out.append(str(turn["text"]))
    return out


def canonical(value: Any) -> str:
    """repr with the members of every set sorted (a set's order changes with the hash seed)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({', '.join(fields)})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (tuple, list)):
        return "(" + ", ".join(canonical(v) for v in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{canonical(k)}: {canonical(v)}" for k, v in value.items())) + "}"
    return repr(value)


def one_pass(messages: list[str], catalog: Catalog) -> float:
    start = time.thread_time()
    for text in messages:
        extract(text, catalog)
    return time.thread_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    catalog = load_catalog(Path(orchestrator.__file__).parent / "catalog" / "hibachi.toml")
    messages = texts()
    if args.dump is not None:
        lines = [canonical(extract(text, catalog)) for text in messages]
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} readings written to {args.dump}")
    if args.time:
        one_pass(messages, catalog)  # warm-up: caches of the catalog, the word list, regexes
        runs = [one_pass(messages, catalog) for _ in range(args.passes)]
        n = len(messages)
        best, median = min(runs), statistics.median(runs)
        print(f"{n} messages, {args.passes} passes")
        print(f"per pass: best {best:.3f} s, median {median:.3f} s")
        print(f"per message: best {best / n * 1e3:.3f} ms, median {median / n * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
