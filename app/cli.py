"""The `gateway` command: serve, worker, migrate, chat, bench, telegram set-webhook."""

# Each command imports what it runs inside its function: `gateway migrate` or `gateway telegram`
# should not load the web app, the model SDK and every provider SDK first.

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import ValidationError

from vocabulary.settings import Settings

if TYPE_CHECKING:
    from orchestrator.evaluation import Case, Prepare
    from orchestrator.service import Orchestrator

log = logging.getLogger("gateway")

# How `gateway serve` runs uvicorn (the bench serves its bare endpoint the same way): uvloop's
# event loop and the httptools parser (uvicorn[standard]); logs through app.logs, one access
# line per request written by app.logs.RequestId rather than by uvicorn.
UVICORN_OPTIONS: dict[str, object] = {
    "loop": "uvloop", "http": "httptools", "log_config": None, "access_log": False,
    "proxy_headers": True,
}


def out(text: str) -> None:
    """The CLI's output: plain lines on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise SystemExit(f"gateway: invalid configuration:\n{exc}") from exc


def cmd_migrate(_args: argparse.Namespace) -> int:
    from app.db import migrate

    settings = _settings()
    migrate(settings.database_url)
    out(f"database is at the latest schema ({settings.database_url.split('@')[-1]})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    # No cyclic garbage collection while the modules load (start-up makes some 600,000
    # objects and little garbage; the collector's passes over them were about 0.1 s of CPU),
    # then what start-up made is frozen out of later collections.
    gc.disable()
    import uvicorn

    from app.db import migrate
    from app.main import create_app

    settings = _settings()
    migrate(settings.database_url)
    port = args.port or int(os.environ.get("PORT", "8000"))
    app = create_app(settings, run_worker=not args.no_worker)
    gc.freeze()
    gc.enable()
    out(f"gateway listening on http://{args.host}:{port} (review console: /admin)")
    uvicorn.run(app, host=args.host, port=port, **UVICORN_OPTIONS)  # type: ignore[arg-type]
    return 0


def cmd_worker(_args: argparse.Namespace) -> int:
    from app.db import migrate
    from app.runtime import build_runtime
    from app.tasks import housekeeping, make_worker

    settings = _settings()
    migrate(settings.database_url)

    async def run() -> None:
        runtime = build_runtime(settings)
        worker = make_worker(runtime)
        out(f"worker {worker.worker_id} started")
        try:
            await worker.run_forever(periodic=lambda: housekeeping(runtime))
        finally:
            await runtime.close()

    import uvloop

    try:
        # uvloop, as `gateway serve` runs: every database hop and HTTP request of a job goes
        # through the event loop, and uvloop's costs less CPU per wake-up.
        uvloop.run(run())
    except KeyboardInterrupt:
        out("worker stopped")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    """One inbound message through the real pipeline: store, draft, print."""
    from app.chat import run_chat
    from app.db import migrate
    from vocabulary.messages import Channel

    try:
        channel = Channel(args.channel)
    except ValueError:
        raise SystemExit(f"gateway chat: unknown channel {args.channel!r}; "
                         f"choose from {', '.join(c.value for c in Channel)}") from None
    if not args.message.strip():
        raise SystemExit("gateway chat: the message is empty")
    settings = _settings()
    migrate(settings.database_url)
    draft = asyncio.run(
        run_chat(settings, channel=channel, sender=args.sender, text=args.message,
                 message_id=f"cli-{uuid.uuid4().hex}", at=datetime.now(UTC))
    )
    if draft is None:
        out("no draft was made (keyword, opt-out, or auto-reply)")
        return 0
    out(draft.text)
    out("")
    out(f"responder: {draft.responder}; flags: {', '.join(draft.flags) or 'none'}")
    if draft.quote:
        out("quote: " + json.dumps(draft.quote, indent=2))
    return 0


def cmd_eval_quotes(args: argparse.Namespace) -> int:
    """A corpus of inquiries through the configured responder: exact / asked / wrong per case."""
    from pathlib import Path

    from adapters.inbound_text import inbound_text
    from app.orchestrator_factory import build_orchestrator
    from orchestrator.evaluation import CorpusError, evaluate, load_cases, summary, table

    path = Path(args.file)
    try:
        cases = load_cases(path)
    except OSError as exc:
        raise SystemExit(f"gateway eval-quotes: cannot read {path}: {exc.strerror}") from None
    except CorpusError as exc:
        raise SystemExit(f"gateway eval-quotes: {exc}") from None
    if not cases:
        raise SystemExit(f"gateway eval-quotes: {path} has no cases")
    settings = _settings()
    orchestrator = build_orchestrator(settings)
    # Each case as its channel's adapter would hand it over (an email's reply extracted, a quoted
    # quote the business's own only from EMAIL_FROM's address or domain).
    prepare = inbound_text(business=settings.email_from)
    left_out = 0
    if args.own_replies:
        cases, left_out = asyncio.run(_own_replies(orchestrator, cases, prepare))
    try:
        report, _ = asyncio.run(evaluate(orchestrator, cases, distance=orchestrator.distance,
                                         prepare=None if args.own_replies else prepare))
    except CorpusError as exc:
        raise SystemExit(f"gateway eval-quotes: {exc}") from None
    for line in table(report):
        out(line)
    responder = "model " + orchestrator.model if orchestrator.client else "offline responder"
    out("")
    out(f"{responder}: {summary(report)}")
    if args.own_replies:
        out(f"with its own replies as the earlier quotes; left out: {left_out} conversations "
            "whose earlier quote it would not have sent as written")
    return 1 if report.counts()["wrong"] else 0


async def _own_replies(
    orchestrator: Orchestrator, cases: list[Case], prepare: Prepare
) -> tuple[list[Case], int]:
    """The conversations with an earlier quote, that quote rewritten as `orchestrator` writes
    it, and how many were left out (it would not have sent that quote)."""
    from orchestrator.evaluation import as_received
    from orchestrator.own_replies import quotes_in_history, with_own_replies

    kept, left_out = [], 0
    for case in cases:
        if not quotes_in_history(case):
            continue
        own = await with_own_replies(orchestrator, as_received(case, prepare))
        if own is None:
            left_out += 1
        else:
            kept.append(own)
    return kept, left_out


def cmd_bench(args: argparse.Namespace) -> int:
    from benchmarks.run import main as bench_main

    return bench_main(smoke=args.smoke, output=args.output, only=args.only)


def cmd_telegram(args: argparse.Namespace) -> int:
    from adapters.telegram import TelegramAdapter

    settings = _settings()
    if not settings.telegram_enabled:
        raise SystemExit("gateway telegram: TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are needed")
    url = args.url or f"{settings.public_base_url}/webhooks/telegram"

    async def run() -> str:
        adapter = TelegramAdapter.from_settings(settings)
        try:
            await adapter.set_webhook(url=url)
            return await adapter.bot_username()
        finally:
            await adapter.close()

    username = asyncio.run(run())
    out(f"Telegram webhook set to {url}")
    if username and not settings.telegram_bot_username:
        out(f"set TELEGRAM_BOT_USERNAME={username} so group messages that mention @{username} "
            "are drafted")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve HTTP (with the worker)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--no-worker", action="store_true")
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("worker", help="the background worker alone").set_defaults(func=cmd_worker)
    sub.add_parser("migrate", help="alembic upgrade head").set_defaults(func=cmd_migrate)
    chat = sub.add_parser("chat", help="draft a reply to one message from the terminal")
    chat.add_argument("--channel", default="sms")
    chat.add_argument("--from", dest="sender", default="+15551234567")
    chat.add_argument("message")
    chat.set_defaults(func=cmd_chat)
    evalq = sub.add_parser("eval-quotes", help="run a corpus of inquiries: exact / asked / wrong")
    evalq.add_argument("file", help="JSON lines, as tests/data/inquiries.jsonl")
    evalq.add_argument("--own-replies", action="store_true",
                       help="only conversations with an earlier quote, that quote rewritten as "
                            "the responder writes it")
    evalq.set_defaults(func=cmd_eval_quotes)
    bench = sub.add_parser("bench", help="run the benchmarks")
    bench.add_argument("--smoke", action="store_true", help="a seconds-long run")
    bench.add_argument("--output", default="bench-results/latest.json")
    bench.add_argument("--only", choices=["ingest"], default=None,
                       help="run one scenario (the ingest figures, start-up and memory)")
    bench.set_defaults(func=cmd_bench)
    telegram = sub.add_parser("telegram", help="Telegram helpers")
    tsub = telegram.add_subparsers(dest="telegram_command", required=True)
    hook = tsub.add_parser("set-webhook", help="point Telegram at this gateway")
    hook.add_argument("--url", default=None)
    hook.set_defaults(func=cmd_telegram)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app.logs import configure

    configure(os.environ.get("LOG_LEVEL", "INFO"))
    args = build_parser().parse_args(argv)
    from orchestrator.catalog import CatalogError

    try:
        return int(args.func(args))
    except CatalogError as exc:
        raise SystemExit(f"gateway: the price catalog is invalid: {exc}") from None


if __name__ == "__main__":
    raise SystemExit(main())
