"""The runtime's model client: the OpenAI SDK over its own aiohttp transport, closed with the
runtime."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Iterator

import pytest

from app.orchestrator_factory import LazyDrafter
from tests.fakes.server import FakeServer, Reply
from tests.orchestrator.fake_openai import PATH, completion, script
from vocabulary.messages import Channel
from vocabulary.settings import Settings


@pytest.fixture
def fake_openai() -> Iterator[FakeServer]:
    with FakeServer() as fake:
        yield fake


def _settings(fake: FakeServer) -> Settings:
    return Settings(_env_file=None, openai_api_key="sk-test",  # type: ignore[call-arg]
                    openai_base_url=fake.url + "/v1", openai_max_retries=0)


async def test_drafts_reach_the_model_on_one_kept_connection_with_the_sdks_auth(
        fake_openai: FakeServer) -> None:
    script(fake_openai, completion("What date is your party, and how many guests?"))
    drafter = LazyDrafter(_settings(fake_openai))
    try:
        first = await drafter.draft(channel=Channel.SMS, text="Do you cater weddings?")
        second = await drafter.draft(channel=Channel.SMS, text="And birthdays?")
    finally:
        await drafter.aclose()
    assert (first.responder, second.responder) == ("model", "model")
    assert first.text == "What date is your party, and how many guests?"
    calls = fake_openai.calls("POST", PATH)
    assert len(calls) == 2
    assert all(call.headers["authorization"] == "Bearer sk-test" for call in calls)
    assert calls[0].json()["messages"][-1]["content"].endswith("Do you cater weddings?")
    # The transport's pool keeps the connection between requests.
    assert {call.connection for call in calls} == {calls[0].connection}


async def test_closing_the_drafter_closes_the_model_session(fake_openai: FakeServer) -> None:
    script(fake_openai, completion("Happy to help."))
    drafter = LazyDrafter(_settings(fake_openai))
    await drafter.draft(channel=Channel.SMS, text="Hello")
    await drafter.aclose()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del drafter
        gc.collect()
    assert [str(w.message) for w in caught if "Unclosed" in str(w.message)] == []


async def test_an_unused_drafter_closes_without_loading_the_model_client() -> None:
    drafter = LazyDrafter(Settings(_env_file=None, openai_api_key="sk-test"))  # type: ignore[call-arg]
    await drafter.aclose()
    # Closing did not build the orchestrator (and its model client) only to close it.
    assert drafter._built is None


async def test_a_slow_model_is_flagged_as_a_timeout(fake_openai: FakeServer) -> None:
    reply = completion("Too late.")
    script(fake_openai, Reply(reply.status, reply.body, delay=3.0))
    drafter = LazyDrafter(Settings(_env_file=None, openai_api_key="sk-test",  # type: ignore[call-arg]
                                   openai_base_url=fake_openai.url + "/v1", openai_max_retries=0,
                                   openai_timeout_seconds=0.5))
    try:
        draft = await drafter.draft(channel=Channel.SMS, text="Hello")
    finally:
        await drafter.aclose()
    assert draft.responder == "fallback"
    assert "fallback_reason: APITimeoutError" in draft.flags


async def test_a_refused_connection_is_flagged_as_a_connection_error() -> None:
    # The SDK's aiohttp transport reports a refused connection as a connect timeout.
    with FakeServer() as gone:
        url = gone.url
    drafter = LazyDrafter(Settings(_env_file=None, openai_api_key="sk-test",  # type: ignore[call-arg]
                                   openai_base_url=url + "/v1", openai_max_retries=0))
    try:
        draft = await drafter.draft(channel=Channel.SMS, text="Hello")
    finally:
        await drafter.aclose()
    assert draft.responder == "fallback"
    assert "fallback_reason: APIConnectionError" in draft.flags
