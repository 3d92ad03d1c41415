"""A llama.cpp server (the `xllamacpp` wheel) on 127.0.0.1 for `make test-model`: serves the GGUF
model at `--model` with OpenAI-compatible chat completions (Jinja chat template, tool calls), prints
"listening <url>" once it accepts requests, and runs until it is terminated."""

from __future__ import annotations

import argparse
import signal
import sys
import threading


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--ctx", type=int, default=8192)
    args = parser.parse_args()
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # any free port; the address is printed
    params.n_ctx = args.ctx
    params.n_parallel = 1
    params.use_jinja = True
    # More threads than free cores makes llama.cpp's spinning workers crawl on a shared machine.
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    server = xllamacpp.Server(params)
    sys.stdout.write(f"listening {server.listening_address}\n")
    sys.stdout.flush()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
