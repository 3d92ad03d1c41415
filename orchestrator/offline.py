"""The offline responder: extraction, the same pricing tools as the model, and a channel-styled
reply. Used when no model is configured and as the fallback when the model fails."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from orchestrator import answers
from orchestrator.bookings_text import availability_pieces
from orchestrator.catalog import Catalog
from orchestrator.dates import date_asked
from orchestrator.extraction import Inquiry, merge_history, normalize, to_order
from orchestrator.kids_added import FLAG as KIDS_ADDED
from orchestrator.kids_added import kids_added_asked
from orchestrator.kids_question import kids_asked
from orchestrator.kitchen_asked import kitchen_answer, kitchen_question
from orchestrator.offline_reply import OfflineReply, TurnLike
from orchestrator.offline_topics import (
    POLICY_FIRST,
    booking_asks,
    food_asked_about,
    policies_answered,
    references,
    sizing_only,
)
from orchestrator.place_travel import city_fees, zip_fee, zip_priced
from orchestrator.policy_questions import DESTINATION
from orchestrator.quote_why import quote_why_answer
from orchestrator.quoted_order import QuoteOrder, from_reading
from orchestrator.reading.added_alone import added_alone
from orchestrator.reading.burst_counts import burst_asked
from orchestrator.reading.cheapest import lowest_unchosen
from orchestrator.reading.coverage import catalog_words
from orchestrator.reading.customer_turns import customer_turns
from orchestrator.reading.order import Order
from orchestrator.reading.places import city_without_zip
from orchestrator.reading.quote_said_back import against_quote
from orchestrator.reading.reasons import BY_REFERENCE, of_kind
from orchestrator.reading.relayed import relayed_opening
from orchestrator.replies import Piece, assemble
from orchestrator.restated_turns import read_turns
from orchestrator.staff_promises import staff_pieces
from orchestrator.tools.availability import Calendar
from orchestrator.tools.registry import AVAILABILITY_TOOL, QUOTE_TOOL, ToolResult, run_tool
from orchestrator.tools.travel import DistanceService
from orchestrator.zip_table import catalog_state
from vocabulary.messages import Channel

COMPLAINT_REPLY = (
    "I'm so sorry to hear that. I've passed this to our team and someone will follow up with you "
    "personally."
)
UNHANDLED_REPLY = "Thanks for your message! A member of our team will follow up shortly."
TOOL_ERROR_REPLY = (
    "Thanks for the details! Our team will look at this and follow up with an exact quote shortly."
)


REFERENCE_FLAG = "check_order: an order named by reference to an earlier one: staff to look it up"


class OfflineResponder:
    """Drafts replies without a language model."""

    def __init__(self, *, catalog: Catalog, distance: DistanceService) -> None:
        self.catalog = catalog
        self.distance = distance

    def understand(self, text: str, history: Sequence[TurnLike] = ()) -> Inquiry:
        """The inquiry behind `text`, with guests and ZIP filled from earlier customer turns; "same
        food" resolved against the conversation's order (`offline_topics.references`)."""
        said, bursts = self._said(text, history)
        read = read_turns(said, self.catalog)  # the order said back as a check read once
        inquiry = burst_asked(merge_history(read[-1], read[:-1]), read, said, bursts, merge_history)
        turns = [(t.role, t.text) for t in history]  # "18, not 8", "you have 3 kids on there"
        inquiry = against_quote(inquiry, read, said[-1], turns, text, self.catalog)
        inquiry = added_alone(inquiry, read)  # "2 more adults" with no party before it
        inquiry = lowest_unchosen(inquiry, text, self.catalog)  # "cheapest way to feed 25?"
        earlier = read[:-1]
        ordered = bool(inquiry.proteins) or any(one.proteins for one in earlier)
        return dataclasses.replace(
            inquiry, topics=references(inquiry.topics, ordered=ordered, counted=inquiry.has_guests)
        )

    def _said(self, text: str, history: Sequence[TurnLike]) -> tuple[list[str], frozenset[int]]:
        """The customer's messages, the last one `text`, made ready for reading (`customer_turns`:
        an add-on named by reference to the business's reply written out, answers and corrections
        set beside their turns); and which of them come right after another customer message."""
        # "she said 8, 10, 5 and 2": words passed on are read as the customer's own (`relayed`)
        said = [(t.role, relayed_opening(t.text) if t.role == "customer" else t.text) for t in history]
        return customer_turns([*said, ("customer", relayed_opening(text))], self.catalog)

    def conversation_order(self, text: str, history: Sequence[TurnLike] = ()) -> QuoteOrder | None:
        """The order the customer's messages add up to (None: no guest count), read to check what
        a model quoted. A last message that is not about the quote ("what's the deposit?") leaves
        the order of the earlier ones."""
        return self.order_read(text, history)[0]

    def order_read(self, text: str, history: Sequence[TurnLike] = ()
                   ) -> tuple[QuoteOrder | None, Inquiry]:
        """`conversation_order`, and the reading of the message `text` alone."""
        said, bursts = self._said(text, history)
        read = read_turns(said, self.catalog)  # the order said back as a check read once
        last = read[-1]
        while len(read) > 1 and not read[-1].quote_related:
            read.pop()
        inquiry = burst_asked(merge_history(read[-1], read[:-1]), read, said, bursts, merge_history)
        turns = [(t.role, t.text) for t in history]  # "18, not 8", "you have 3 kids on there"
        whole = len(read) == len(said)  # the message itself is about the quote
        inquiry = against_quote(inquiry, read, said[-1], turns, text, self.catalog, whole=whole)
        inquiry = lowest_unchosen(inquiry, text, self.catalog)
        if not inquiry.has_guests:
            return None, last
        return from_reading(to_order(inquiry, self.catalog), self.catalog), last

    def respond(
        self,
        *,
        channel: Channel,
        text: str,
        history: Sequence[TurnLike] = (),
        customer_name: str | None = None,
        calendar: Calendar | None = None,
        doubt: str | None = None,
    ) -> OfflineReply:
        """A reply to `text` in the channel's style. With a `calendar`, a date the customer names
        is checked with check_availability; without one, staff are asked to confirm it. `doubt`:
        a check on the order from outside the words (an email's quote not known to be ours)."""
        inquiry = self.understand(text, history)
        if doubt:  # the order the message changes is not known: its count is asked, no total
            inquiry = dataclasses.replace(inquiry, checks=(*inquiry.checks, ("guests", doubt)))
        short = channel in (Channel.SMS, Channel.PHONE)
        topics = inquiry.topics
        earlier = [t.text for t in history if t.role == "customer"] if inquiry.quote_related else []
        named_date = date_asked(text, earlier)  # this message's date, else the latest said before
        dated = self._availability(named_date, calendar)
        dated_runs = (dated,) if dated else ()
        dated_pieces = availability_pieces(dated.result if dated else None, short=short)
        policy_topics: frozenset[str] = frozenset()  # set below; `reply` names the questions answered
        policies: list[Piece] = []

        def reply(
            body: list[Piece],
            runs: tuple[ToolResult, ...] = (),
            quote: Mapping[str, Any] | None = None,
            flags: tuple[str, ...] = (),
            needs_human: bool = False,
            order: Order | None = None,
        ) -> OfflineReply:
            message = assemble(
                channel=channel,
                catalog=self.catalog,
                customer_name=customer_name,
                quote=quote,
                body=body,
                asked=set(topics),
            )
            shown = from_reading(order, self.catalog) if order else None
            answered = () if quote else policies_answered(policy_topics, body, policies)
            return OfflineReply(message, runs, flags, needs_human, quote, shown, answered)

        if "complaint" in topics:
            return reply([Piece(COMPLAINT_REPLY)], flags=("complaint",), needs_human=True)
        if "past_order" in topics and not (inquiry.has_guests and inquiry.proteins):
            # "the usual for 12": the order is one only staff can look up
            return reply([answers.reference_reply(short)], flags=(REFERENCE_FLAG,), needs_human=True)
        staff_topics = topics - {"availability"} if dated else topics
        staff, staff_asks = staff_pieces(staff_topics, short=short)
        flags: tuple[str, ...] = (f"staff_to_confirm: {', '.join(staff_asks)}",) if staff_asks else ()
        # a ZIP is priced by the travel tool; the general travel answer is for a message without one
        policy_topics = topics - {"travel_policy"} if inquiry.zip_code else topics
        if inquiry.add_ons:  # "what's included in the sake service?" is about the add-on
            policy_topics -= {"included"}
        if inquiry.allergies and inquiry.has_guests:  # the quote notes it; no list of proteins
            policy_topics -= {"menu"}
        policies = answers.policy_pieces(self.catalog, policy_topics, short=short)
        # an invoice or a receipt asked beside an order is no reason to hold the quote
        human = answers.HUMAN_TOPICS | (frozenset() if inquiry.has_guests else answers.ADMIN_TOPICS)
        human |= frozenset() if inquiry.has_guests and inquiry.quote_related else answers.CALL_TOPICS
        for_staff = bool(topics & human)
        if "past_order" in topics:  # the reading may have flagged it already
            known = any(of_kind(reason, BY_REFERENCE) for _, reason in inquiry.checks)
            flags, for_staff = ((*flags,) if known else (REFERENCE_FLAG, *flags)), True
        turns = [(t.role, t.text) for t in history]
        why, why_pieces = quote_why_answer(text, turns, self.catalog, short=short)
        if why:  # "550 for 5 people?? why so high": the rules behind the quote, not a new order
            return reply([*why_pieces, *staff], dated_runs, flags=flags, needs_human=for_staff)
        if kitchen_question(text, turns):  # "is the tofu cooked on the same grill as the chicken?"
            pieces, flags = kitchen_answer(self.catalog, policy_topics, staff_topics, flags, short=short)
            return reply(pieces, dated_runs, flags=flags, needs_human=for_staff)
        if kids_asked(inquiry, text):  # "do i still have to pay for my 9 yr old?"
            policies = answers.policy_pieces(self.catalog, policy_topics | {"kids_price"}, short=short)
            return reply([*policies, *staff], dated_runs, flags=flags, needs_human=for_staff)
        if inquiry.has_guests:
            ambiguity = answers.ambiguity_pieces(inquiry, self.catalog, short=short)
            order = to_order(inquiry, self.catalog)
            run = self._run(QUOTE_TOOL, order.tool_args(self.catalog))
            if not run.ok:
                flag = f"tool_error: {run.error}"
                return reply([Piece(TOOL_ERROR_REPLY)], (run,), flags=(flag,), needs_human=True)
            questions = answers.order_questions(inquiry, order, short=short)
            asked_about = "included" in topics and food_asked_about(
                normalize(text), catalog_words(self.catalog)[0]
            )  # "does the dinner come with rice and veggies or just the meat? 15 adults"
            if sizing_only(inquiry, topics, counted=not asked_about) and (
                not order.sure or topics & POLICY_FIRST
            ):
                # "is there a minimum? its just 6 of us": a policy question, the count its context
                return reply([*policies, *staff], dated_runs, flags=flags, needs_human=for_staff)
            # what the quote or a question already says: the minimum applied, the ZIP asked for
            said = {"minimum"} if run.result and run.result.get("minimum_applied") else set()
            said |= {"travel_policy"} if any(f == "travel" for f, _ in inquiry.checks) else set()
            if said & policy_topics:
                policies = answers.policy_pieces(self.catalog, policy_topics - said, short=short)
            if order.checks:
                flags = (f"check_order: {'; '.join(order.checks)}", *flags)
            if not order.sure or topics & answers.PRICE_ASKS:
                # Not sure of a count: ask, give the per-person prices, state no total. The
                # reviewer still sees the reading's quote on the draft. A discount asked: the
                # list's prices and staff's answer, no total beside the price asked for.
                asks = questions or ([] if order.sure else [answers.confirm_order(short)])
                prices = answers.price_list(self.catalog, order, short=short)
                body = [*asks, prices, *dated_pieces, *policies, *staff]
                message = reply(body, (run, *dated_runs), None, flags, True, order)
                return OfflineReply(message.text, message.runs, message.flags, True, run.result,
                                    message.order)  # fmt: skip
            assumed = [Piece(note[0].upper() + note[1:] + ".", 2) for note in inquiry.assumptions]
            asks_first = staff or questions or dated or named_date  # no date asked once said
            next_step = [] if asks_first else [Piece("What date are you planning?", 4)]
            body = [*ambiguity, *questions, *assumed, *dated_pieces, *policies, *staff, *next_step]
            return reply(body, (run, *dated_runs), run.result, flags,
                         bool(order.checks) or for_staff, order)
        # "do you travel to tahoe?": the travel rule, then an invitation to a quote; a place named
        # without its ZIP is the destination unless the chef comes from it ("further from Sacramento")
        norm = normalize(text)
        place = None if inquiry.zip_code else city_without_zip(norm, catalog_state(self.catalog))
        named = bool(place) and not re.search(rf"\bfrom\s+{re.escape(place or '')}\b", norm)
        lead = "travel_policy" in policy_topics and (named or bool(DESTINATION.search(norm)))
        if not inquiry.quote_related and not lead:
            if "praise" in topics and not (policies and "?" in text):  # thanks, not a question
                return reply([answers.praise_reply(short)], flags=("feedback",), needs_human=True)
            # a follow-up to a reply whose words were not all read goes to a person, not an invite
            answered = any(turn.role == "business" for turn in history)
            if policies or staff or dated_pieces:
                if answered and (unsure := answers.count_unsure(inquiry, text)):  # "... might be 2 more"
                    flags, for_staff = (unsure, *flags), True
                which, flags, for_staff = booking_asks(history, text, flags, for_staff)
                # "why is there a $32 travel charge to 95667?": the ZIP asked about, the tool's fee
                fee, zips = zip_fee(norm, self._run) if "travel_policy" in policy_topics else ([], ())
                if zip_priced(zips):  # the ZIP asked about priced: the travel rule asks for none
                    policies = answers.policy_pieces(self.catalog, policy_topics, short=short,
                                                     zip_known=True)
                return reply([*which, *fee, *dated_pieces, *policies, *staff], (*zips, *dated_runs),
                             flags=flags, needs_human=for_staff)
            if "greeting" in topics and not (inquiry.checks and answered):
                return reply([answers.invite(self.catalog, short)])
            if answered and (kids := kids_added_asked(inquiry, text, short=short)):
                return reply([kids], flags=(KIDS_ADDED,), needs_human=True)  # "plus a few kids"
            return reply([Piece(UNHANDLED_REPLY)], flags=("unhandled",), needs_human=True)
        if sizing_only(inquiry, topics, counted=False) and not lead:  # "is lobster included?"
            return reply([*policies, *staff], dated_runs, flags=flags, needs_human=for_staff)
        # About a quote, but without a guest count: answer travel if we can, then ask.
        runs: tuple[ToolResult, ...] = ()
        travel_asked: frozenset[str] = frozenset()
        body = [*policies] if lead else []  # the question asked first, the invitation after
        city = place if lead else None
        fees = city_fees(city, catalog_state(self.catalog), self._run) if city else None
        if fees:  # "do you charge extra to come out to auburn?": the tool's fees for its ZIPs
            body.insert(0, Piece(fees[0]))
            runs, travel_asked = fees[1], topics & {"travel", "travel_policy"}
        if inquiry.zip_code:
            travel = self._run("calculate_travel_fee", {"zip_code": inquiry.zip_code})
            runs = (travel,)
            body.append(Piece(answers.travel_sentence(dict(travel.result) if travel.result else None)))
            travel_asked = topics & {"travel", "travel_policy"}
        body.append(answers.ask_guests(short))
        if not inquiry.zip_code and "travel_policy" not in policy_topics:  # it asks for the ZIP
            body.append(answers.ask_zip(short))
        body.extend(dated_pieces)
        which = answers.ambiguity_pieces(inquiry, self.catalog, short=short, priced=False)
        drafted = reply([*body, *which, *([] if lead else policies), *staff],
                        (*runs, *dated_runs), flags=flags, needs_human=for_staff)
        if runs and travel_asked:  # "what's the travel fee to 95762?": the tool's answer
            return dataclasses.replace(drafted, answered=tuple(sorted({*drafted.answered, "travel"})))
        return drafted

    def _run(
        self, name: str, args: Mapping[str, Any], calendar: Calendar | None = None
    ) -> ToolResult:
        return run_tool(name, args, catalog=self.catalog, distance=self.distance, calendar=calendar)

    def _availability(self, phrase: str | None, calendar: Calendar | None) -> ToolResult | None:
        """check_availability for the date `phrase` (None without a calendar or a date)."""
        if phrase is None or calendar is None:
            return None
        run = self._run(AVAILABILITY_TOOL, {"date": phrase}, calendar)
        return run if run.ok else None
