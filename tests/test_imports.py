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


def test_the_web_app_loads_nothing_only_drafting_uses(tmp_path: Path) -> None:
    """With every channel the bench configures (Twilio, the model, Slack), the web app is made
    without the drafting side: the reading (orchestrator.extraction, rapidfuzz), the review
    message's blocks, the job handlers and the SDKs load in the worker or after start-up."""
    probe = (
        "import sys\n"
        "from app.main import create_app\n"
        "from vocabulary.settings import Settings\n"
        "settings = Settings(_env_file=None, database_url='sqlite:///' + sys.argv[1],\n"
        "    openai_api_key='sk-probe',\n"
        "    twilio_account_sid='AC1', twilio_auth_token='t', twilio_from_number='+19165550100',\n"
        "    slack_bot_token='xoxb-probe', slack_signing_secret='s', slack_review_channel='C1',\n"
        "    slack_approver_ids='U1')\n"
        "create_app(settings, run_worker=True)\n"
        "print(sorted(m for m in ('orchestrator.extraction', 'rapidfuzz', 'app.review.blocks',\n"
        "    'app.tasks', 'app.drafting', 'openai', 'twilio.rest', 'slack_bolt', 'zipcodes',\n"
        "    'dateparser') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "web.db")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True).stdout.split("\n")
    assert out[-2] == "[]"
