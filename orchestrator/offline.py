"""The offline responder: extraction, the same pricing tools as the model, and a channel-styled
reply. Used when no model is configured and as the fallback when the model fails."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from orchestrator import answers
from orchestrator.bookings_text import availability_pieces
from orchestrator.catalog import Catalog
from orchestrator.dates import find_date_phrase
from orchestrator.extraction import Inquiry, extract, merge_history
from orchestrator.replies import Piece, assemble
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import AVAILABILITY_TOOL, ToolResult, run_tool
from orchestrator.tools.travel import DistanceService
from vocabulary.messages import Channel

COMPLAINT_REPLY = (
    "I'm so sorry to hear that. I've passed this to our team and someone will follow up with you "
    "personally."
)
UNHANDLED_REPLY = "Thanks for your message! A member of our team will follow up shortly."
TOOL_ERROR_REPLY = (
    "Thanks for the details! Our team will look at this and follow up with an exact quote shortly."
)


class TurnLike(Protocol):
    """An earlier message: `service.Turn` or anything shaped like it."""

    @property
    def role(self) -> Literal["customer", "business"]: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class OfflineReply:
    """A drafted reply with the tool runs behind its numbers."""

    text: str
    runs: tuple[ToolResult, ...]
    flags: tuple[str, ...]
    needs_human: bool
    quote: Mapping[str, Any] | None


class OfflineResponder:
    """Drafts replies without a language model."""

    def __init__(self, *, catalog: Catalog, distance: DistanceService) -> None:
        self.catalog = catalog
        self.distance = distance

    def understand(self, text: str, history: Sequence[TurnLike] = ()) -> Inquiry:
        """The inquiry behind `text`, with guests and ZIP filled from earlier customer turns."""
        earlier = [extract(turn.text, self.catalog) for turn in history if turn.role == "customer"]
        return merge_history(extract(text, self.catalog), earlier)

    def respond(
        self,
        *,
        channel: Channel,
        text: str,
        history: Sequence[TurnLike] = (),
        customer_name: str | None = None,
        calendar: Calendar | None = None,
    ) -> OfflineReply:
        """A reply to `text` in the channel's style. With a `calendar`, a date the customer names
        is checked with check_availability; without one, staff are asked to confirm it."""
        inquiry = self.understand(text, history)
        short = channel in (Channel.SMS, Channel.PHONE)
        topics = inquiry.topics
        dated = self._availability(text, history, inquiry, calendar)
        dated_runs = (dated,) if dated else ()
        dated_pieces = availability_pieces(dated.result if dated else None, short=short)

        def reply(
            body: list[Piece],
            runs: tuple[ToolResult, ...] = (),
            quote: Mapping[str, Any] | None = None,
            flags: tuple[str, ...] = (),
            needs_human: bool = False,
        ) -> OfflineReply:
            message = assemble(
                channel=channel,
                catalog=self.catalog,
                customer_name=customer_name,
                quote=quote,
                body=body,
                asked=set(topics),
            )
            return OfflineReply(message, runs, flags, needs_human, quote)

        if "complaint" in topics:
            return reply([Piece(COMPLAINT_REPLY)], flags=("complaint",), needs_human=True)
        staff_topics = topics - {"availability"} if dated else topics
        staff, staff_asks = answers.staff_pieces(staff_topics, short=short)
        flags = (f"staff_to_confirm: {', '.join(staff_asks)}",) if staff_asks else ()
        policies = answers.policy_pieces(self.catalog, topics, short=short)
        ambiguity = answers.ambiguity_pieces(inquiry, self.catalog, short=short)
        if inquiry.has_guests:
            run, notes = self._quote(inquiry)
            if not run.ok:
                flag = f"tool_error: {run.error}"
                return reply([Piece(TOOL_ERROR_REPLY)], (run,), flags=(flag,), needs_human=True)
            assumed = [Piece(note[0].upper() + note[1:] + ".", 2) for note in inquiry.assumptions]
            next_step = [] if staff or dated else [Piece("What date are you planning?", 4)]
            body = [*ambiguity, *notes, *assumed, *dated_pieces, *policies, *staff, *next_step]
            return reply(body, (run, *dated_runs), run.result, flags)
        if not inquiry.quote_related:
            if policies or staff or dated_pieces:
                return reply([*dated_pieces, *policies, *staff], dated_runs, flags=flags)
            if "greeting" in topics:
                return reply([answers.invite(self.catalog, short)])
            return reply([Piece(UNHANDLED_REPLY)], flags=("unhandled",), needs_human=True)
        # About a quote, but without a guest count: answer travel if we can, then ask.
        runs: tuple[ToolResult, ...] = ()
        body = []
        if inquiry.zip_code:
            travel = self._run("calculate_travel_fee", {"zip_code": inquiry.zip_code})
            runs = (travel,)
            body.append(Piece(answers.travel_sentence(dict(travel.result) if travel.result else None)))
        body.append(answers.ask_guests(short))
        if not inquiry.zip_code:
            body.append(answers.ask_zip(short))
        body.extend(dated_pieces)
        return reply([*body, *ambiguity, *policies, *staff], (*runs, *dated_runs), flags=flags)

    def _run(
        self, name: str, args: Mapping[str, Any], calendar: Calendar | None = None
    ) -> ToolResult:
        return run_tool(name, args, catalog=self.catalog, distance=self.distance, calendar=calendar)

    def _availability(
        self,
        text: str,
        history: Sequence[TurnLike],
        inquiry: Inquiry,
        calendar: Calendar | None,
    ) -> ToolResult | None:
        """check_availability for the date in this message, or (for a message about the quote)
        the latest date in an earlier customer message; None without a calendar or a date."""
        if calendar is None:
            return None
        phrase = find_date_phrase(text)
        if phrase is None and inquiry.quote_related:
            earlier = (turn.text for turn in reversed(history) if turn.role == "customer")
            phrase = next((p for t in earlier if (p := find_date_phrase(t))), None)
        if phrase is None:
            return None
        run = self._run(AVAILABILITY_TOOL, {"date": phrase}, calendar)
        return run if run.ok else None

    def _quote(self, inquiry: Inquiry) -> tuple[ToolResult, list[Piece]]:
        proteins, notes = answers.protein_args(inquiry, self.catalog)
        args = {
            "adults": inquiry.adults or 0,
            "children": inquiry.children or 0,
            "toddlers": inquiry.toddlers or 0,
            "proteins": proteins,
            "add_ons": list(inquiry.add_ons),
            "zip_code": inquiry.zip_code,
        }
        return self._run("calculate_party_quote", args), notes
