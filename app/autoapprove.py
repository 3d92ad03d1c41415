"""Auto-approval by policy: a draft goes out without a click only when a rule allows it.

Off unless AUTO_APPROVE is set. AUTO_APPROVE_RULES names the rules in force:

- `faq`: the customer asked only about known FAQ topics (AUTO_APPROVE_FAQ_TOPICS, answered from
  the catalog's policies) and the draft states no amount of money;
- `greeting`: a bot's first contact (`/start`), answered with a greeting that states no amount;
- `out_of_hours`: the fixed out-of-hours acknowledgement (app.out_of_hours);
- `returning_quote` (not on by default): a quote from the pricing tools, without any flag, to a
  customer staff have answered before.

Whatever the rule, nothing goes out automatically when any flag is set, for a redraft (staff are
already on it), for a conversation that needs a human, or for a new customer's first quote. The
console's stop switch, stored in the database so every process sees it, pauses all of them at
once. Every automatic send is approved as `auto:<rule>` and audited as `auto_approve`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.customer_history import linked_conversation_ids
from app.models import Contact, Conversation, Draft, Message, StaffSwitch, utcnow
from app.review import service
from app.states import ConversationStatus
from orchestrator.guard import money_amounts
from vocabulary.quoted_thread import newest_words
from vocabulary.settings import Settings

log = logging.getLogger(__name__)

PAUSE_KEY = "auto_approve_paused"
AUTO_PREFIX = service.AUTO_PREFIX
STAFF_APPROVED = ("approved", "edited", "sent")
IGNORED_TOPICS = frozenset({"greeting"})  # "Hi! how much notice..." is still an FAQ


@dataclass(frozen=True, slots=True)
class Verdict:
    """`rule` allows the automatic send; None leaves the draft to staff, for `reason`."""

    rule: str | None
    reason: str


def is_automatic(actor: str | None) -> bool:
    """Whether a decision was made by a rule rather than a person."""
    return bool(actor and actor.startswith(AUTO_PREFIX))


def rule_of(actor: str | None) -> str:
    return actor.removeprefix(AUTO_PREFIX) if actor and is_automatic(actor) else ""


def states_money(text: str) -> bool:
    return bool(money_amounts(text))


async def paused(session: AsyncSession) -> bool:
    """The console's stop switch."""
    switch = await session.get(StaffSwitch, PAUSE_KEY)
    return bool(switch and switch.on)


async def set_paused(session: AsyncSession, *, pause: bool, actor: str) -> None:
    """Flip the stop switch (audited)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    values = {"key": PAUSE_KEY, "on": pause, "updated_by": actor, "updated_at": utcnow()}
    stmt = insert(StaffSwitch).values(**values)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["key"], set_={k: stmt.excluded[k] for k in ("on", "updated_by", "updated_at")}))
    service.audit(session, actor=actor, action="auto_pause" if pause else "auto_resume",
                  draft_id=None)


def rule_configured(settings: Settings, rule: str) -> str | None:
    """None when the settings let `rule` send (AUTO_APPROVE on, the rule listed), else why not;
    no database needed."""
    if not settings.auto_approve:
        return "automatic replies are off (AUTO_APPROVE)"
    if rule not in settings.auto_approve_rule_set:
        return f"rule {rule} is not in AUTO_APPROVE_RULES"
    return None


async def rule_in_force(session: AsyncSession, settings: Settings, rule: str) -> str | None:
    """None when `rule` may send now, else why not (setting off, rule not listed, stopped)."""
    if (why := rule_configured(settings, rule)) is not None:
        return why
    if await paused(session):
        return "automatic replies are stopped in the console"
    return None


async def staff_answered_before(session: AsyncSession, conversation_id: int, draft_id: int) -> bool:
    """Whether staff approved a reply to this customer before (on any linked channel)."""
    ids = await linked_conversation_ids(session, conversation_id)
    rows = await session.execute(
        select(Draft.decided_by).where(
            Draft.conversation_id.in_(ids), Draft.id != draft_id,
            Draft.state.in_(STAFF_APPROVED),
        )
    )
    return any(not is_automatic(actor) for actor in rows.scalars())


def _matching_rule(settings: Settings, draft: Draft, message: Message, returning: bool
                   ) -> str | None:
    money = states_money(draft.text)
    if message.kind == "start" and not money and not draft.quote:
        return "greeting"
    # The reading loads where drafts are made, not with the console that imports this module.
    from orchestrator.extraction import normalize
    from orchestrator.topics import detect_topics

    topics = detect_topics(normalize(newest_words(message.text or ""))) - IGNORED_TOPICS
    if topics and topics <= settings.faq_topic_set and not money and not draft.quote:
        return "faq"
    if draft.quote and returning:
        return "returning_quote"
    return None


async def evaluate(session: AsyncSession, settings: Settings, draft: Draft, message: Message
                   ) -> Verdict:
    """Which rule, if any, lets this freshly drafted reply go out without a click."""
    if not settings.auto_approve:
        return Verdict(None, "automatic replies are off (AUTO_APPROVE)")
    if draft.flags:
        return Verdict(None, "flags: " + "; ".join(str(f) for f in draft.flags))
    if draft.staff_note or draft.replaces_draft_id:
        return Verdict(None, "a redraft: staff decide")
    conversation = await session.get(Conversation, draft.conversation_id)
    assert conversation is not None
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    if conversation.status == ConversationStatus.NEEDS_HUMAN or contact.opted_out:
        return Verdict(None, "the conversation needs a human")
    quoted = bool(draft.quote) or states_money(draft.text)
    returning = await staff_answered_before(session, conversation.id, draft.id)
    if quoted and not returning:
        return Verdict(None, "never a new customer's first quote")
    rule = _matching_rule(settings, draft, message, returning)
    if rule is None:
        return Verdict(None, "no rule matches")
    blocked = await rule_in_force(session, settings, rule)
    return Verdict(None, blocked) if blocked else Verdict(rule, f"rule {rule}")


async def send_automatically(session: AsyncSession, *, draft_id: int, rule: str, reason: str
                             ) -> bool:
    """Approve as `auto:<rule>` and audit it as automatic."""
    actor = AUTO_PREFIX + rule
    decision = await service.approve(session, draft_id=draft_id, actor=actor)
    if decision.ok:
        service.audit(session, actor=actor, action="auto_approve", draft_id=draft_id, rule=rule,
                      reason=reason)
    return decision.ok


async def consider(session: AsyncSession, settings: Settings, draft: Draft, message: Message
                   ) -> Verdict:
    """Apply the policy to a new draft in the drafting transaction."""
    verdict = await evaluate(session, settings, draft, message)
    if verdict.rule is not None:
        await send_automatically(session, draft_id=draft.id, rule=verdict.rule,
                                 reason=verdict.reason)
    else:
        log.debug("draft %s left to staff: %s", draft.id, verdict.reason)
    return verdict
