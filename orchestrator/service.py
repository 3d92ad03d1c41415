"""The orchestrator's public interface: `Orchestrator.draft()` turns a customer message (and the
conversation so far) into a `Draft` for staff review. It never raises: every failure of the model
path ends in the offline responder's draft, flagged as a fallback."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

import openai
from openai import AsyncOpenAI

from orchestrator import booking_drafts
from orchestrator.bookings_text import BookingContext
from orchestrator.catalog import Catalog
from orchestrator.customer_side import CustomerSide, read_customer_side
from orchestrator.drafts import Draft, ToolRun, Turn
from orchestrator.guard import check_draft
from orchestrator.instructions import NOT_APPLIED_FLAG, instruction_messages
from orchestrator.loop import LoopError, LoopState, run_model_loop
from orchestrator.model_errors import api_error_name
from orchestrator.offline import OfflineReply, OfflineResponder
from orchestrator.prompt_budget import PromptLimits, fit_prompt
from orchestrator.prompts import style_for, system_prompt
from orchestrator.quoted_order import (
    cross_check,
    from_quote_arguments,
    stated_quote_run,
    unquoted_readback,
)
from orchestrator.thread_turns import thread_doubt, with_thread
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import ToolResult, tool_schemas
from orchestrator.tools.travel import DistanceService, ZipCentroidDistance
from vocabulary.messages import Channel

__all__ = ["Draft", "Orchestrator", "ToolRun", "Turn"]

log = logging.getLogger(__name__)


class Orchestrator:
    """Drafts replies with the model (when a client is given) or the offline responder."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        client: AsyncOpenAI | None,
        model: str,
        timeout: float = 30.0,
        max_tool_rounds: int = 4,
        distance: DistanceService | None = None,
        prompt_limits: PromptLimits | None = None,
        max_reply_tokens: int | None = 1500,
    ) -> None:
        self.catalog = catalog
        self.prompt_limits = prompt_limits or PromptLimits()
        self.client = client
        self.model = model
        self.timeout = timeout
        self.max_tool_rounds = max_tool_rounds
        self.max_reply_tokens = max_reply_tokens
        self.distance: DistanceService = distance or ZipCentroidDistance.from_catalog(catalog)
        self.offline = OfflineResponder(catalog=catalog, distance=self.distance)
        self._schemas = tool_schemas(catalog)

    def tool_schemas(self) -> list[dict[str, Any]]:
        """The tools in OpenAI "tools" format (a copy the caller may change)."""
        return [dict(schema) for schema in self._schemas]

    async def aclose(self) -> None:
        """Close the model client's connections (and its HTTP client's session); the offline
        responder has none."""
        if self.client is not None:
            await self.client.close()

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
        """Draft a reply to `text`. Never raises for model or tool failures. `calendar` (days held
        or booked, and "now") lets check_availability answer; `booking` is the conversation's
        active booking, whose move or cancellation is answered by the published policy. A
        redraft passes staff's note (and the draft they sent back): the model gets it as a staff
        instruction; a draft the offline responder wrote carries a flag saying the note was not
        applied."""
        doubt = None  # only the email adapter writes a thread (elsewhere: text)
        if channel == Channel.EMAIL:  # an email's quoted thread, when no history; a quote not ours
            doubt = thread_doubt(text, history)
            text, history = with_thread(text, history)
        extra = instruction_messages(staff_note, previous_draft) if staff_note else []
        result = await self._draft(channel, text, history, customer_name, extra, calendar, booking,
                                   doubt)
        if doubt and result.responder == "model":  # the offline reading asks it itself
            result = dataclasses.replace(result, flags=(*result.flags, f"check_order: {doubt}"),
                                         needs_human=True)
        if staff_note and result.responder != "model":
            result = dataclasses.replace(result, flags=(*result.flags, NOT_APPLIED_FLAG))
        return result

    async def _draft(
        self,
        channel: Channel,
        text: str,
        history: Sequence[Turn],
        customer_name: str | None,
        extra_messages: list[dict[str, Any]],
        calendar: Calendar | None,
        booking: BookingContext | None,
        doubt: str | None = None,
    ) -> Draft:
        started = time.monotonic()
        if booking is not None and calendar is not None:
            change = booking_drafts.change_draft(
                text, channel=channel, customer_name=customer_name, booking=booking,
                calendar=calendar, catalog=self.catalog, distance=self.distance, started=started,
            )
            if change is not None:
                return change
        if self.client is None:
            reply = self._respond_offline(channel, text, history, customer_name, calendar, doubt)
            return self._offline_draft(reply, text, "offline", started, (), {}, channel)
        state = LoopState()

        def fallback(reason: str, detail: str) -> Draft:
            log.warning("model drafting failed (%s): %s; using the offline responder", reason, detail)
            reply = self._respond_offline(channel, text, history, customer_name, calendar, doubt)
            flags = ("fallback", f"fallback_reason: {reason}")
            return self._offline_draft(reply, text, "fallback", started, flags, state.usage, channel)

        # Read while the model has the tool results (orchestrator.customer_side says why); a
        # draft with no tool round reads it after the answer.
        read: list[CustomerSide] = []

        def read_customer() -> None:
            if not read:
                read.append(read_customer_side(self.offline, text, history))

        # Capped copy for the model; the offline fallback and the price guard see the full text.
        prompt = fit_prompt(self._messages(channel, text, history, customer_name),
                            self.prompt_limits)
        try:
            async with asyncio.timeout(self.timeout):
                final = await run_model_loop(
                    client=self.client,
                    model=self.model,
                    # Staff's instruction comes after the (capped) conversation, uncut.
                    messages=prompt.messages + extra_messages,
                    tools=self._schemas,
                    catalog=self.catalog,
                    distance=self.distance,
                    max_tool_rounds=self.max_tool_rounds,
                    state=state,
                    max_tokens=self.max_reply_tokens,
                    calendar=calendar,
                    between_rounds=read_customer,
                )
        except LoopError as exc:
            return fallback(exc.reason, str(exc))
        except TimeoutError:
            return fallback("timeout", f"no answer within {self.timeout}s")
        except openai.APIStatusError as exc:
            return fallback(f"http_{exc.status_code}", str(exc))
        except openai.APIError as exc:  # connection errors, SDK timeouts, undecodable responses
            return fallback(api_error_name(exc), str(exc))
        except Exception as exc:  # draft() must not raise: log it and let staff see the fallback
            log.exception("unexpected error in the model loop")
            return fallback("internal_error", repr(exc))
        read_customer()
        draft = self._model_draft(final, text, started, state, channel, read[0])
        return dataclasses.replace(draft, flags=draft.flags + prompt.flags)

    def check_text(
        self, *, text: str, customer_text: str, tool_runs: Sequence[Mapping[str, Any]]
    ) -> tuple[str, ...]:
        """The price guard for a text written later (a staff edit), against a stored draft's tool
        runs as `Draft.to_json()["tool_runs"]` holds them."""
        results = [run["result"] for run in tool_runs if isinstance(run.get("result"), Mapping)]
        return check_draft(
            draft_text=text,
            customer_text=customer_text,
            tool_results=results,
            tools_called=len(tool_runs),
            catalog_amounts=self.catalog.money_facts(),
        )

    def _respond_offline(
        self,
        channel: Channel,
        text: str,
        history: Sequence[Turn],
        customer_name: str | None,
        calendar: Calendar | None,
        doubt: str | None = None,
    ) -> OfflineReply:
        try:
            return self.offline.respond(
                channel=channel, text=text, history=history, customer_name=customer_name,
                calendar=calendar, doubt=doubt,
            )
        except Exception:  # a bug in extraction must still leave staff a draft to act on
            log.exception("offline responder failed")
            text_out = "Thanks for your message! A member of our team will follow up shortly."
            return OfflineReply(text_out, (), ("offline_error",), True, None)

    def _messages(
        self, channel: Channel, text: str, history: Sequence[Turn], customer_name: str | None
    ) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": system_prompt(self.catalog, channel, customer_name)}
        ]
        for turn in history:
            messages.append(
                {"role": "user" if turn.role == "customer" else "assistant", "content": turn.text}
            )
        messages.append({"role": "user", "content": text})
        return messages

    def _guard(self, draft_text: str, customer_text: str, runs: Sequence[ToolResult]) -> tuple[str, ...]:
        return booking_drafts.guard(draft_text, customer_text, runs, self.catalog)

    def _model_draft(
        self,
        final: str,
        customer_text: str,
        started: float,
        state: LoopState,
        channel: Channel,
        customer: CustomerSide,
    ) -> Draft:
        limit = style_for(channel).max_chars
        length = len(final)
        final, offer = booking_drafts.with_offer(final, state.runs, channel, self.catalog)
        guard_flags = self._guard(final, customer_text, state.runs)
        if length > limit:  # the outbox would split it; staff should shorten it instead
            guard_flags += (f"over_length: {length} > {limit} chars",)
        stated = stated_quote_run(final, state.runs)
        order = from_quote_arguments(stated.arguments, self.catalog) if stated else None
        reason = (
            cross_check(order, customer.order, self.catalog)
            if order is not None
            else unquoted_readback(final, customer.order)
        )
        guard_flags += (reason,) if reason else ()
        complaint = customer.complaint
        return Draft(
            text=final,
            tool_runs=tuple(ToolRun.of(r) for r in state.runs),
            flags=guard_flags + (("complaint",) if complaint else ()),
            quote=stated.result if stated else None,
            responder="model",
            model=self.model,
            usage=dict(state.usage),
            latency_ms=int((time.monotonic() - started) * 1000),
            needs_human=bool(guard_flags) or complaint,
            order=order,
            booking=offer,
        )

    def _offline_draft(
        self,
        reply: OfflineReply,
        customer_text: str,
        responder: str,
        started: float,
        extra_flags: tuple[str, ...],
        usage: Mapping[str, int],
        channel: Channel,
    ) -> Draft:
        text, offer = (reply.text, None) if reply.needs_human else booking_drafts.with_offer(
            reply.text, reply.runs, channel, self.catalog
        )
        guard_flags = self._guard(text, customer_text, reply.runs)
        return Draft(
            text=text,
            tool_runs=tuple(ToolRun.of(r) for r in reply.runs),
            flags=extra_flags + reply.flags + guard_flags,
            quote=reply.quote,
            responder=responder,
            model=self.model if responder == "fallback" else None,
            usage=dict(usage),
            latency_ms=int((time.monotonic() - started) * 1000),
            needs_human=reply.needs_human or bool(guard_flags),
            order=reply.order,
            booking=offer,
            answered=reply.answered,
        )
