"""The webhook's form parser reads exactly what urllib's parse_qsl reads (Twilio's signature is
computed over these fields, so a different reading would accept or refuse other requests)."""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from vocabulary.errors import MalformedPayload
from vocabulary.webhook import WebhookRequest, parse_form

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Pieces a hostile or broken body may hold: escapes valid, truncated, not hex or not UTF-8,
# literal non-ASCII text beside escapes, separators, plus signs.
PIECES = ["a", "Body", "=", "&", "+", "%", "%2B", "%2b", "%C3", "%A9", "%C3%A9", "%E2%82",
          "%F0%9F%8D%B1", "%ZZ", "%4", "%%", "%00", "%26", "%3D", "é", "\u2028", "\U0001f371",
          " ", ";", "0", "\t"]


def _reference(text: str) -> list[tuple[str, str]] | str:
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except ValueError:
        return "ValueError"


def _ours(text: str) -> list[tuple[str, str]] | str:
    try:
        return parse_form(text)
    except ValueError:
        return "ValueError"


@pytest.mark.parametrize("path", sorted(p.name for p in (FIXTURES / "twilio").glob("*.form")))
def test_every_twilio_fixture_reads_as_parse_qsl_reads_it(path: str) -> None:
    text = (FIXTURES / "twilio" / path).read_text()
    assert parse_form(text) == parse_qsl(text, keep_blank_values=True, strict_parsing=True)


@pytest.mark.parametrize("text", [
    "", "a", "a=", "=", "=b", "a=b&", "&a=b", "a=b&&c=d", "a=b=c", "a+b=c+d", "%41=%42",
    "a=%C3%A9t%C3%A9", "a=%C3", "a=%C3é", "é=%A9", "a=%zz%4", "a=%E2%82%AC%E2%82",
    "Body=Hi%21+How+much%3F&From=%2B19165550100",
])
def test_edge_cases_read_as_parse_qsl_reads_them(text: str) -> None:
    assert _ours(text) == _reference(text)


def test_random_bodies_read_as_parse_qsl_reads_them() -> None:
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 14)))
        assert _ours(text) == _reference(text), text


def test_a_field_without_equals_is_refused_as_before() -> None:
    with pytest.raises(MalformedPayload) as refused:
        WebhookRequest(url="https://x", body=b"a=1&b").form_pairs()
    assert refused.value.reason == "form_not_urlencoded"
