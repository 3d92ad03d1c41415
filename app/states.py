"""The states of the gateway's state machines and the kinds of background job.

StrEnums, so the values stored in the database are the same strings as before and compare
equal to them. Each machine has one owner that makes every transition:

- `DraftState`: `app.review.service`
- `OutboxState`: `app.outbox`
- `JobState`: `app.jobs`
- `ConversationStatus`: `app.handoff`
- `LinkState`: `app.customers`
"""

from __future__ import annotations

import enum


class DraftState(enum.StrEnum):
    """A reply proposal, from the orchestrator to staff's decision and the send's outcome."""

    PENDING = "pending"
    APPROVED = "approved"
    EDITED = "edited"
    REJECTED = "rejected"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    SENT = "sent"
    FAILED = "failed"
    REDRAFTED = "redrafted"  # sent back by staff with a note; its redraft replaces it


class ConversationStatus(enum.StrEnum):
    """Whether a conversation waits for a person (a flagged draft, a rejection, a failed reply)."""

    OPEN = "open"
    NEEDS_HUMAN = "needs_human"


class LinkState(enum.StrEnum):
    """A suggestion to link two contacts of one customer, as staff left it."""

    OPEN = "open"
    LINKED = "linked"
    DISMISSED = "dismissed"


class OutboxState(enum.StrEnum):
    """An approved reply on its way to the customer."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    HELD = "held"
    FAILED = "failed"
    DRY_RUN = "dry_run"


class JobState(enum.StrEnum):
    """A durable unit of background work."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    DEAD = "dead"


class JobKind(enum.StrEnum):
    """What a job does; the worker has one handler per kind."""

    DRAFT = "draft"
    SEND = "send"
    REVIEW_POST = "review_post"
    REVIEW_UPDATE = "review_update"
    INBOUND = "inbound"  # a message the webhook appended: stored and processed in order
    STATUS = "status"  # a delivery status the webhook appended
    DIGEST = "digest"
    DIGEST_POST = "digest_post"
    REDRAFT = "redraft"
    REVIEW_REMINDER = "review_reminder"
