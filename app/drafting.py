"""The drafting job: conversation history + the new message -> orchestrator -> a pending Draft,
posted for review by the same job.

The model call happens outside any transaction. The draft commits together with a note of its id
on the job (only while this worker holds it), so a crash yields a re-run, never two drafts; the
review message is posted right after, and the job finishes with its Slack id.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlalchemy import Table, insert, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.text import segments_for
from app import customers, draft_reads
from app.channels import channel_limits
from app.clock import clock_of
from app.customer_history import messages_before, newer_inbound
from app.customers import stated_addresses
from app.digest import hold_for_digest
from app.draft_budget import (
    BREAKER,
    TOKENS,
    BudgetLimits,
    Request,
    admit_alone,
    admit_with_reading,
)
from app.draft_reads import Reading
from app.handoff import hand_to_staff
from app.ingest import DRAFTED_KINDS
from app.jobs import ClaimedJob, finish, note
from app.metrics import DRAFT_SECONDS, DRAFTS
from app.model_outcome import record_model_outcome
from app.models import Contact, Conversation, Draft, Message, utcnow
from app.out_of_hours import acknowledge_out_of_hours
from app.review.view import CONTEXT_TURNS, DraftView
from app.staff_hooks import after_draft
from app.states import DraftState
from app.worker import LeaseLost, Worker
from orchestrator.drafts import Draft as ModelDraft
from orchestrator.service import Turn
from orchestrator.tools.travel import (
    NearestZip,
    confirm_zip_question,
    location_note,
    zip_for_location,
)
from vocabulary.messages import Channel
from vocabulary.quoted_thread import newest_words

log = logging.getLogger(__name__)

HISTORY_TURNS = 20
_TYPED_ZIP = re.compile(r"\b\d{5}\b")


def _shared_zip(message: Message) -> NearestZip | None:
    """The ZIP of a location the customer shared, unless they also typed a ZIP."""
    if _TYPED_ZIP.search(newest_words(message.text or "")):
        return None
    for item in message.attachments or []:
        point = item.get("location") if isinstance(item, dict) else None
        if isinstance(point, dict):
            try:
                return zip_for_location(float(point["latitude"]), float(point["longitude"]),
                                        point.get("address"))
            except (KeyError, TypeError, ValueError):
                return None
    return None


async def history_turns(session: AsyncSession, conversation_id: int, message_id: int) -> list[Turn]:
    """The conversation so far as turns for the model, across the customer's linked channels."""
    return _turns(await messages_before(session, conversation_id, message_id, limit=HISTORY_TURNS))


def _turns(messages: list[Message]) -> list[Turn]:
    return [Turn(role="customer" if m.direction == "in" else "business", text=m.text)
            for m in messages if m.text]


async def _profile_name(worker: Worker, channel: Channel, address: str) -> str | None:
    """The customer's display name from the channel's profile API (Meta), when it has one."""
    source = worker.runtime.channels.profiles.get(channel)
    return await source.fetch_profile(address, channel=channel) if source else None


def _segments(channel: Channel, text: str) -> int | None:
    info = segments_for(channel_limits(channel), text)
    return info.segments if info else None


async def run_draft_job(worker: Worker, job: ClaimedJob) -> None:
    """Draft a reply to one inbound message, unless a newer message will be drafted instead,
    then post it for review in the same job: the draft commits first (with the job still held,
    and its id noted on the job), the review message is posted, and the job finishes with the
    message's Slack id. A crash or a Slack failure after the draft commits re-runs only the
    post, never the model."""
    if "draft_id" in job.payload:
        await _post_for_review(worker, job, int(job.payload["draft_id"]), None)
        return
    conversation_id = int(job.payload["conversation_id"])
    message_id = int(job.payload["message_id"])
    limits = BudgetLimits.from_settings(worker.settings)
    now = worker.runtime.clock.now()
    # One transaction before the model call: the reads and linking.
    async with worker.runtime.sessions() as session, session.begin():
        reading = await draft_reads.read(
            session, conversation_id=conversation_id, message_id=message_id, breaker=BREAKER,
            tokens=TOKENS, day=now.replace(hour=0, minute=0, second=0, microsecond=0))
        if reading is None:
            raise LookupError(f"conversation {conversation_id} or message {message_id} is gone")
        conversation, contact, message = reading.conversation, reading.contact, reading.message
        newer = reading.newer
        # Linked before reading history, so the first draft already sees every channel.
        if stated_addresses(newest_words(message.text or "")) or await draft_reads.linking_due(session,
                                                                                 reading):
            await customers.resolve(session, contact_id=contact.id, message_id=message_id)
            newer = await newer_inbound(session, conversation_id, message_id, DRAFTED_KINDS)
        if contact.opted_out or newer:
            if not await finish(session, job):
                raise LeaseLost(f"job {job.id} was taken over")
            log.info("draft for message %s skipped (newer message or opted out)", message_id)
            return
        # Across the customer's linked channels: the model's history and the review's context.
        recent = await draft_reads.history(session, conversation_id=conversation_id,
                                           message_id=message_id, limit=HISTORY_TURNS)
        desk = worker.runtime.bookings
        calendar = await desk.calendar(session) if desk else None
        booking = await desk.context(session, conversation_id) if desk else None
        # In this transaction on SQLite only: see draft_budget.admit_with_reading.
        request = Request(limits=limits, now=now, open_until=reading.open_until,
                          tokens=reading.tokens, new_contact=reading.new_contact,
                          uses_model=worker.settings.model_enabled)
        admission = await admit_with_reading(session, request)
    if admission is None:  # PostgreSQL: after the reading transaction, see admit_alone
        admission = await admit_alone(worker.runtime.sessions, request)
    if not admission.ok:  # over budget or model paused: listed in a digest for staff instead
        await hold_for_digest(worker, job, message_id=message_id,
                              conversation_id=conversation_id, reason=admission.reason or "")
        return
    await acknowledge_out_of_hours(worker, conversation, message)
    text = message.text or ("[customer sent an attachment]" if message.attachments else "")
    pin = _shared_zip(message)
    if pin is not None:  # a map pin instead of a ZIP: draft from the nearest ZIP, ask to confirm
        text = f"{message.text}\n{location_note(pin)}" if message.text else location_note(pin)
    name = contact.display_name or await _profile_name(
        worker, Channel(conversation.channel), contact.address
    )
    result = await worker.runtime.orchestrator.draft(
        channel=Channel(conversation.channel),
        text=text,
        history=_turns(recent),
        customer_name=name,
        calendar=calendar,
        booking=booking,
    )
    # Counted before the draft's transaction, in statements of its own (see app.model_outcome):
    # the tokens spent stay counted if the draft then fails and the job is retried.
    await record_model_outcome(
        worker.runtime.sessions, limits=limits, now=worker.runtime.clock.now(),
        responder=result.responder, usage=dict(result.usage),
        failure=next((f for f in result.flags if f.startswith("fallback_reason")), None))
    draft = await _commit_draft(worker, job, result, reading, name, pin)
    if draft is None:
        return
    DRAFTS.labels(responder=result.responder).inc()
    DRAFT_SECONDS.labels(responder=result.responder).observe(result.latency_ms / 1000)
    log.info("draft %s for conversation %s (%s)", draft.id, conversation_id, result.responder)
    view = DraftView(draft, conversation, contact, message, recent[-CONTEXT_TURNS:], None)
    await _post_for_review(worker, job, draft.id, view)


async def _commit_draft(worker: Worker, job: ClaimedJob, result: ModelDraft, reading: Reading,
                        name: str | None, pin: NearestZip | None) -> Draft | None:
    """The draft, what it sets off and its id noted on the job, in one transaction; None when
    a newer message arrived (the job is finished)."""
    async with worker.runtime.sessions() as session:
        draft = await _draft_rows(worker, session, job, result, reading, name, pin)
        await session.commit()
    return draft


async def _draft_rows(worker: Worker, session: AsyncSession, job: ClaimedJob, result: ModelDraft,
                      reading: Reading, name: str | None, pin: NearestZip | None
                      ) -> Draft | None:
    conversation, contact, message = reading.conversation, reading.contact, reading.message
    if name and not contact.display_name:
        await session.execute(
            update(Contact).where(Contact.id == contact.id).values(display_name=name)
        )
        contact.display_name = name
    # Read again: a link made during the model call counts for supersede and newer messages.
    check = await draft_reads.recheck(
        session, conversation_id=conversation.id, message_id=message.id,
        since=clock_of(session).now() - timedelta(seconds=60), kinds=DRAFTED_KINDS)
    if check.newer:
        if not await finish(session, job):
            raise LeaseLost(f"job {job.id} was taken over")
        return None
    flags = []
    draft_text = result.text
    if pin is not None:
        draft_text = f"{result.text}\n\n{confirm_zip_question(pin)}"
        flags.append(f"zip_from_location: ZIP {pin.zip_code} taken from the shared location "
                     f"({pin.miles} mi from its centroid); the customer is asked to confirm it")
    if check.recent > worker.settings.flood_messages_per_minute:
        flags.append(f"flood: {check.recent} messages in the last minute; one draft for the "
                     "burst")
    draft = new_draft(worker, result, conversation, message.id, extra_flags=flags,
                      text=draft_text)
    await insert_draft(session, draft)
    if result.needs_human:  # `conversation` was loaded by a closed session: update by id
        await hand_to_staff(session, conversation_id=conversation.id)
    verdict = await after_draft(session, worker.settings, draft, message,
                                conversation_ids=check.linked)
    if verdict.rule is not None:  # sent automatically: the review shows its state now
        draft = await session.get(Draft, draft.id) or draft
    # Noted on the job in the same transaction: a re-run posts this draft, drafts nothing.
    if not await _note_draft(session, job, draft.id):
        raise LeaseLost(f"job {job.id} was taken over")
    return draft


def new_draft(
    worker: Worker, result: ModelDraft, conversation: Conversation, message_id: int, *,
    extra_flags: list[str] | None = None, text: str | None = None,
) -> Draft:
    """A pending Draft row from the orchestrator's result (a draft or a redraft); `text` replaces
    the result's text when the drafting job added to it."""
    payload = result.to_json()
    text = result.text if text is None else text
    return Draft(
        conversation_id=conversation.id,
        inbound_message_id=message_id,
        text=text,
        flags=[*payload["flags"], *(extra_flags or [])],
        tool_runs=payload["tool_runs"],
        # The order the quote priced rides in the quote's JSON column: no schema change.
        quote={**payload["quote"], "order": payload["order"]} if payload["quote"] else None,
        booking_action=payload.get("booking"),
        responder=result.responder,
        model=result.model,
        usage=dict(result.usage),
        latency_ms=result.latency_ms,
        segments=_segments(Channel(conversation.channel), text),
        state=DraftState.PENDING,
        expires_at=worker.runtime.clock.now()
        + timedelta(minutes=worker.settings.draft_expiry_minutes),
    )


_DRAFTS: Table = Draft.__table__  # type: ignore[assignment]
_INSERT_DRAFT = insert(_DRAFTS).returning(_DRAFTS.c.id)
_DRAFT_COLUMNS = tuple(c.name for c in _DRAFTS.c if c.name != "id")


async def insert_draft(session: AsyncSession, draft: Draft) -> None:
    """INSERT the new draft's row with one Core statement (no unit of work) and set its id; the
    object stays transient, read by what follows in the job."""
    if draft.created_at is None:
        draft.created_at = utcnow()
    values = {name: getattr(draft, name) for name in _DRAFT_COLUMNS}
    draft.id = (await session.execute(_INSERT_DRAFT, values)).scalar_one()


async def _note_draft(session: AsyncSession, job: ClaimedJob, draft_id: int) -> bool:
    return await note(session, job, {**job.payload, "draft_id": draft_id})


async def _post_for_review(worker: Worker, job: ClaimedJob, draft_id: int,
                           view: DraftView | None) -> None:
    """Post the draft to Slack (the console needs no posting) and finish the job with the
    message's id; `view` None loads it (a re-run)."""
    slack = worker.runtime.slack
    posted = await slack.post_view(view) if slack is not None and view is not None else \
        await slack.post_loaded(draft_id) if slack is not None else None
    async with worker.completing(job) as session:
        if posted is not None:
            await session.execute(_POSTED, {"channel": posted[0], "ts": posted[1],
                                            "id": draft_id})


_POSTED = text("UPDATE drafts SET slack_channel = :channel, slack_ts = :ts WHERE id = :id")
