"""The orchestrator as the app uses it (`Drafter`), and building it from settings: the catalog,
and a model client only when a key is set. `LazyDrafter` builds it at its first use, so a process
that never drafts (a web process) never loads the model SDK."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from orchestrator.bookings_text import BookingContext
from orchestrator.catalog import BUNDLED_CATALOG, Catalog, load_catalog
from orchestrator.drafts import Draft, Turn
from orchestrator.tools.availability import Calendar
from vocabulary.messages import Channel
from vocabulary.settings import Settings

if TYPE_CHECKING:  # orchestrator.service loads the model SDK (openai): about a second
    from orchestrator.service import Orchestrator

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

    async def aclose(self) -> None:
        """Close the model's connections (the runtime's end)."""
        ...


def build_orchestrator(settings: Settings, *, catalog: Catalog | None = None,
                       aiohttp: bool = False) -> Orchestrator:
    """The orchestrator for these settings. Raises `CatalogError` on a bad catalog file (start-up
    should fail loudly rather than quote wrong prices). No OPENAI_API_KEY: the offline responder.

    `aiohttp`: the SDK sends its requests through its own aiohttp transport
    (`openai.DefaultAioHttpClient`) instead of its default httpx2/httpcore2 stack; the SDK's
    request building, retries, errors and response types are the same. Its session belongs to
    the event loop of the first request: the caller closes the orchestrator (`aclose`) there."""
    from openai import AsyncOpenAI, DefaultAioHttpClient

    from orchestrator.prompt_budget import PromptLimits
    from orchestrator.service import Orchestrator

    catalog = catalog or load_catalog(settings.business_catalog or BUNDLED_CATALOG)
    client = None
    if settings.openai_api_key:
        client = AsyncOpenAI(
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url or None,
            timeout=settings.openai_timeout_seconds,
            max_retries=settings.openai_max_retries,
            # Two requests a draft through aiohttp instead of httpcore2, h11 and anyio: 5 % fewer
            # instructions a draft (docs/performance.md, "The burst, seventh session").
            http_client=DefaultAioHttpClient() if aiohttp else None,
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


class LazyDrafter:
    """The configured orchestrator, built at its first use. The catalog is read at once, so a
    bad catalog still stops the start-up; the model SDK and its client wait for the first draft,
    price check or tool listing. The model's requests go through the SDK's aiohttp transport,
    whose session lives in the runtime's event loop until `aclose`."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._catalog = load_catalog(settings.business_catalog or BUNDLED_CATALOG)
        self._built: Orchestrator | None = None

    def _orchestrator(self) -> Orchestrator:
        if self._built is None:
            self._built = build_orchestrator(self._settings, catalog=self._catalog, aiohttp=True)
        return self._built

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
        return await self._orchestrator().draft(
            channel=channel, text=text, history=history, customer_name=customer_name,
            calendar=calendar, booking=booking, staff_note=staff_note,
            previous_draft=previous_draft)

    def check_text(
        self, *, text: str, customer_text: str, tool_runs: Sequence[Mapping[str, Any]]
    ) -> tuple[str, ...]:
        return self._orchestrator().check_text(text=text, customer_text=customer_text,
                                               tool_runs=tool_runs)

    def tool_schemas(self) -> list[dict[str, Any]]:
        return self._orchestrator().tool_schemas()

    async def aclose(self) -> None:
        if self._built is not None:
            await self._built.aclose()
