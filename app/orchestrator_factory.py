"""The orchestrator as the app uses it (`Drafter`), and building it from settings: the catalog,
and a model client only when a key is set."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from openai import AsyncOpenAI

from orchestrator.catalog import BUNDLED_CATALOG, load_catalog
from orchestrator.prompt_budget import PromptLimits
from orchestrator.service import BookingContext, Draft, Orchestrator, Turn
from orchestrator.tools.availability import Calendar
from vocabulary.messages import Channel
from vocabulary.settings import Settings

log = logging.getLogger(__name__)


class Drafter(Protocol):
    """What the app needs from the orchestrator: drafts, the price guard for staff edits, and
    the tool schemas the /v1 API lists. `Orchestrator` is the implementation."""

    async def draft(
        self,
        *,
        channel: Channel,
        text: str,
        history: Sequence[Turn] = (),
        customer_name: str | None = None,
        calendar: Calendar | None = None,
        booking: BookingContext | None = None,
        staff_note: str | None = None,
        previous_draft: str | None = None,
    ) -> Draft:
        """A reply to `text` for staff review; never raises for model or tool failures."""
        ...

    def check_text(
        self, *, text: str, customer_text: str, tool_runs: Sequence[Mapping[str, Any]]
    ) -> tuple[str, ...]:
        """The price guard's flags for a text written later (a staff edit)."""
        ...

    def tool_schemas(self) -> list[dict[str, Any]]:
        """The pricing tools in OpenAI "tools" format."""
        ...


def build_orchestrator(settings: Settings) -> Orchestrator:
    """The orchestrator for these settings. Raises `CatalogError` on a bad catalog file (start-up
    should fail loudly rather than quote wrong prices). No OPENAI_API_KEY: the offline responder."""
    catalog = load_catalog(settings.business_catalog or BUNDLED_CATALOG)
    client = None
    if settings.openai_api_key:
        client = AsyncOpenAI(
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url or None,
            timeout=settings.openai_timeout_seconds,
            max_retries=settings.openai_max_retries,
        )
    else:
        log.info("no OPENAI_API_KEY: drafting with the offline responder")
    return Orchestrator(
        catalog=catalog,
        client=client,
        model=settings.openai_model,
        # The whole drafting (several requests and tool rounds) gets twice one request's budget.
        timeout=settings.openai_timeout_seconds * 2,
        prompt_limits=PromptLimits(max_message_chars=settings.model_max_message_chars,
                                   max_prompt_chars=settings.model_max_prompt_chars),
    )
