"""Messages held back from drafting (over the drafting budget, or the model paused) are listed for
staff in one digest instead of a review message each: one Slack notice in the review channel and
one notice on the console's inbox per burst.

The first held message queues the digest job (dedupe key `digest:pending`, due after
DRAFT_DIGEST_DELAY_SECONDS); the rest of the burst joins it. The job frees the key before it
collects, so a message held while it runs is listed by the next digest, never lost.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.handoff import hand_to_staff
from app.ingest import insert_ignore
from app.jobs import ClaimedJob, enqueue
from app.models import Contact, Conversation, Digest, DigestEntry, Job, Message
from app.review.slack_text import clip, slack_escape
from app.review.view import mask_address
from app.states import JobKind
from app.worker import Worker

log = logging.getLogger(__name__)

DIGEST_JOB, DIGEST_POST_JOB = JobKind.DIGEST, JobKind.DIGEST_POST
PENDING_KEY = "digest:pending"
SHOWN_LINES = 40
SNIPPET_CHARS = 120
_SECTION_CHARS = 2900


@dataclass(frozen=True, slots=True)
class DigestLine:
    """One held message as staff see it (raw text: each surface escapes it its own way)."""

    conversation_id: int
    customer: str
    snippet: str
    reason: str


@dataclass(frozen=True, slots=True)
class DigestView:
    """A digest with its first lines, for the console and Slack."""

    id: int
    created_at: datetime
    count: int
    reasons: str
    lines: list[DigestLine]

    @property
    def more(self) -> int:
        return self.count - len(self.lines)


async def hold_for_digest(worker: Worker, job: ClaimedJob, *, message_id: int,
                          conversation_id: int, reason: str) -> None:
    """Finish a draft job without a draft: list the message for the next digest and mark the
    conversation for a human, in the job's completing transaction."""
    async with worker.completing(job) as session:
        await insert_ignore(session, DigestEntry, {
            "message_id": message_id, "conversation_id": conversation_id,
            "reason": reason[:200], "created_at": worker.runtime.clock()}, ["message_id"])
        await hand_to_staff(session, conversation_id=conversation_id)
        delay = timedelta(seconds=worker.settings.draft_digest_delay_seconds)
        await insert_ignore(session, Job, {
            "kind": DIGEST_JOB, "payload": {}, "dedupe_key": PENDING_KEY,
            "run_after": worker.runtime.clock() + delay}, ["dedupe_key"])


def _line(entry: DigestEntry, message: Message, contact: Contact, channel: str) -> DigestLine:
    name = contact.display_name or "Customer"
    text = " ".join((message.text or "").split()) or "[attachment]"
    if len(text) > SNIPPET_CHARS:
        text = text[: SNIPPET_CHARS - 3] + "..."
    return DigestLine(entry.conversation_id, f"{name} ({channel}, {mask_address(contact.address)})",
                      text, entry.reason)


async def _entries(session: AsyncSession, where: Any, limit: int | None = None
                   ) -> list[DigestLine]:
    query = (
        select(DigestEntry, Message, Contact, Conversation.channel)
        .join(Message, Message.id == DigestEntry.message_id)
        .join(Conversation, Conversation.id == DigestEntry.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .where(where)
        .order_by(DigestEntry.id)
        .limit(limit)
    )
    return [_line(*row) for row in (await session.execute(query)).all()]


def _reasons(lines: list[DigestLine]) -> str:
    counts = Counter(line.reason for line in lines)
    return "; ".join(f"{reason} ({number})" for reason, number in counts.most_common())


async def run_digest_job(worker: Worker, job: ClaimedJob) -> None:
    """Gather every held message not yet in a digest into one digest, and queue its posting."""
    async with worker.runtime.sessions() as session, session.begin():
        await session.execute(update(Job).where(Job.id == job.id).values(dedupe_key=None))
    async with worker.completing(job) as session:
        entries = (await session.execute(
            select(DigestEntry.id).where(DigestEntry.digest_id.is_(None)))).scalars().all()
        if not entries:
            return
        lines = await _entries(session, DigestEntry.id.in_(entries))
        digest = Digest(created_at=worker.runtime.clock(), count=len(lines),
                        text=summary(lines))
        session.add(digest)
        await session.flush()
        await session.execute(update(DigestEntry).where(DigestEntry.id.in_(entries))
                              .values(digest_id=digest.id))
        enqueue(session, kind=DIGEST_POST_JOB, payload={"digest_id": digest.id},
                dedupe_key=f"digest_post:{digest.id}")
        log.warning("digest %s: %s messages held without a draft", digest.id, len(lines))


def summary(lines: list[DigestLine]) -> str:
    """The digest as plain text (stored with it, and the Slack notification text)."""
    head = (f"Drafting paused for {len(lines)} customer message(s): stored, no draft made, each "
            f"conversation marked 'needs a human'. Why: {_reasons(lines)}")
    return "\n".join([head, *(f"- {line.customer}: {line.snippet}" for line in lines)])


async def load_digest(session: AsyncSession, digest_id: int) -> DigestView | None:
    digest = await session.get(Digest, digest_id)
    if digest is None:
        return None
    lines = await _entries(session, DigestEntry.digest_id == digest_id)
    return DigestView(digest.id, digest.created_at, digest.count, _reasons(lines),
                      lines[:SHOWN_LINES])


async def recent_digests(session: AsyncSession, *, since: datetime, limit: int = 3
                         ) -> list[DigestView]:
    """The newest digests made after `since` (the console's inbox shows them)."""
    ids = (await session.execute(
        select(Digest.id).where(Digest.created_at >= since)
        .order_by(Digest.id.desc()).limit(limit))).scalars().all()
    views = [await load_digest(session, digest_id) for digest_id in ids]
    return [view for view in views if view is not None]


def digest_blocks(view: DigestView) -> list[dict[str, Any]]:
    """The Slack notice: what happened and why, then one line per held message (escaped)."""
    head = (f"*Drafting paused for {view.count} customer message(s)*\nThey are stored; no draft "
            "was made and each conversation is marked _needs a human_ in the console.\n"
            f"Why: {slack_escape(view.reasons)}")
    blocks: list[dict[str, Any]] = [_section(head)]
    chunk: list[str] = []
    for line in view.lines:
        text = f"• *{slack_escape(line.customer)}*: {slack_escape(line.snippet)}"
        if chunk and sum(len(t) + 1 for t in chunk) + len(text) > _SECTION_CHARS:
            blocks.append(_section("\n".join(chunk)))
            chunk = []
        chunk.append(text)
    if chunk:
        blocks.append(_section("\n".join(chunk)))
    if view.more:
        blocks.append(_section(f"…and {view.more} more in the console's inbox."))
    return blocks


def _section(text: str) -> dict[str, Any]:
    return {"type": "section",
            "text": {"type": "mrkdwn", "text": clip(text, _SECTION_CHARS), "verbatim": True}}


async def run_digest_post(worker: Worker, job: ClaimedJob) -> None:
    """Post the digest to the Slack review channel (the console shows it without posting)."""
    digest_id = int(job.payload["digest_id"])
    slack = worker.runtime.slack
    response = None
    if slack is not None:
        async with worker.runtime.sessions() as session:
            view = await load_digest(session, digest_id)
            digest = await session.get(Digest, digest_id)
        if view is not None and digest is not None and not digest.slack_ts:
            # No transaction is held across the Slack call.
            response = await slack.client.chat_postMessage(
                channel=worker.settings.slack_review_channel,
                text=slack_escape(f"Drafting paused for {view.count} customer message(s)"),
                blocks=digest_blocks(view))
    async with worker.completing(job) as session:
        if response is not None:
            await session.execute(update(Digest).where(Digest.id == digest_id).values(
                slack_channel=str(response["channel"]), slack_ts=str(response["ts"])))
