"""Builds the orchestrator from settings: the catalog, and a model client only when a key is set."""

from __future__ import annotations

import logging

from openai import AsyncOpenAI

from orchestrator.catalog import BUNDLED_CATALOG, load_catalog
from orchestrator.prompt_budget import PromptLimits
from orchestrator.service import Orchestrator
from vocabulary.settings import Settings

log = logging.getLogger(__name__)


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
