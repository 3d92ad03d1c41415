"""Every module that declares routes imports on its own, in a fresh interpreter.

The app imports them in one order; a cycle that only that order hides (app.bookings.console needed
the review console imported first) breaks a tool, a test or a worker that imports one of them
alone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _route_modules() -> list[str]:
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "APIRouter(" in path.read_text(encoding="utf-8"):
            found.append(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return found


def test_route_modules_import_alone() -> None:
    modules = _route_modules()
    assert "app.bookings.console" in modules and "app.review.console.mount" in modules
    # One interpreter per module, all started at once: each begins with nothing imported.
    procs = {name: subprocess.Popen([sys.executable, "-c", f"import {name}"], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for name in modules}
    failed = {}
    for name, proc in procs.items():
        out, _ = proc.communicate(timeout=120)
        if proc.returncode != 0:
            failed[name] = out.decode(errors="replace").strip().splitlines()[-1]
    assert failed == {}


def test_the_web_app_loads_no_date_parser_until_a_date_is_read() -> None:
    """dateparser (and its `regex`) cost about a tenth of the web process's start-up; the app
    imports it on the first date it reads, and the worker while warming."""
    probe = ("import sys, app.main; loaded = 'dateparser' in sys.modules; "
             "from datetime import datetime; from orchestrator.dates import parse_party_date; "
             "parse_party_date('june 5', now_local=datetime(2026, 12, 1)); "
             "print(loaded, 'dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == ["False", "True"]
