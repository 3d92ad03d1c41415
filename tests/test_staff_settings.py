"""The staff-tools settings: automatic replies off by default, unknown rules and malformed Slack
user group ids refused at start-up rather than silently ignored."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from vocabulary.settings import Settings


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type, call-arg]  # init-only option


def test_defaults() -> None:
    default = settings()
    assert default.auto_approve is False
    assert default.auto_approve_rule_set == {"faq", "greeting", "out_of_hours"}
    assert default.faq_topic_set == {"notice", "gratuity", "tax"}
    assert (default.review_reminder_minutes, default.slack_reminder_group) == (15, "")


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTO_APPROVE", "true")
    monkeypatch.setenv("AUTO_APPROVE_RULES", "faq, returning_quote")
    monkeypatch.setenv("SLACK_REMINDER_GROUP", "S0123ABCD")
    loaded = Settings(_env_file=None)  # type: ignore[call-arg]
    assert loaded.auto_approve and loaded.auto_approve_rule_set == {"faq", "returning_quote"}
    assert loaded.slack_reminder_group == "S0123ABCD"


@pytest.mark.parametrize("values", [
    {"auto_approve_rules": "faq,everything"},
    {"slack_reminder_group": "<!channel>"},
    {"slack_reminder_group": "U0123ABCD"},
    {"review_reminder_minutes": -1},
])
def test_refused(values: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        settings(**values)
