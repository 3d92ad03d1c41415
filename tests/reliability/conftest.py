"""Every channel configured with its secret, so each webhook's signature check runs, and Slack
pointed at a fake Web API."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.server import FakeServer
from tests.reliability.signing import CHANNEL_SETTINGS


@pytest.fixture
def settings(make_settings: Any, fake_slack: FakeServer) -> Any:
    return make_settings(**CHANNEL_SETTINGS, slack_api_base_url=fake_slack.url + "/api/",
                         meta_graph_base_url=fake_slack.url, telegram_api_base_url=fake_slack.url)

