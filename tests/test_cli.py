"""The `gateway` command: chat through the real pipeline, clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def test_chat_prints_the_exact_quote(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'chat.db'}")
    code = main(["chat", "--channel", "sms", "--from", "+15551234567",
                 "15 adults in San Francisco 94102 with premium sake service"])
    out = capsys.readouterr().out
    assert code == 0
    assert "$969.20" in out.split("responder:")[0]  # worked example 5, in the reply text
    assert '"total": "969.20"' in out and '"miles": "89.6"' in out


def test_chat_refuses_unknown_channel_and_empty_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as unknown:
        main(["chat", "--channel", "fax", "hello"])
    assert "unknown channel 'fax'" in str(unknown.value)
    with pytest.raises(SystemExit) as empty:
        main(["chat", "   "])
    assert "the message is empty" in str(empty.value)


def test_bad_catalog_stops_with_a_clear_message(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    bad = tmp_path / "prices.toml"
    bad.write_text("[guests]\nadult = -5\n")
    monkeypatch.setenv("BUSINESS_CATALOG", str(bad))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'chat.db'}")
    with pytest.raises(SystemExit) as stopped:
        main(["chat", "hello"])
    assert str(stopped.value).startswith("gateway: the price catalog is invalid: catalog ")
