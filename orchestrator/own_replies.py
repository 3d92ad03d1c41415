"""A corpus's conversations with the business's quotes as this responder writes them.

A corpus's business turns are its writer's words ("Quote for 10 adults with 10 chicken, 10 NY
strip steak: guests $550.00. Travel to 95826: no fee. Total $550.00. ..."). On the real path a
conversation's earlier quotes are the gateway's own replies as sent, in the shape the reply
builder gives each channel ("Here's your quote:" with one line a part on email, a few short
pieces on SMS). Reading the writer's wording measures a reading of text the gateway never sends.

`with_own_replies` rebuilds a case's history turn by turn: each business turn that states one
total is replaced by the responder's own draft for the conversation up to it, when that draft
prices the same total without a reviewer flag (what staff would have approved and sent). When the
responder would not have sent that quote (it asks, or prices another total), the case has no
such history and is left out (None): its last message answers a quote this gateway never wrote.
So is a case whose written quote offers an add-on ("Would you like to add the premium sake service
for $25?"): the responder never offers one, and a "yes add it please!" after its own quote
answers nothing it asked (round q80j).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from orchestrator.drafts import Turn
from orchestrator.evaluation import Case
from orchestrator.reading.our_quote import stated_totals
from orchestrator.service import Orchestrator

# a written quote's offer of an add-on ("Would you like to add ...?", "Want to add it?")
_OFFER = re.compile(r"\b(?:would you like|do you want|want|care)\s+to\s+add\b[^?]*\?", re.IGNORECASE)


def written_total(text: str) -> Decimal | None:
    """The one total a business turn states ("Total $1,010.00"); None for none or several."""
    totals = stated_totals(text)
    return totals[0] if len(totals) == 1 else None


def quotes_in_history(case: Case) -> int:
    """How many of the case's business turns state one total (the turns `with_own_replies`
    rewrites)."""
    return sum(1 for t in case.history if t.role == "business" and written_total(t.text) is not None)


async def with_own_replies(orchestrator: Orchestrator, case: Case) -> Case | None:
    """`case` with each quoting business turn replaced by `orchestrator`'s own approved-as-is
    draft for the conversation up to that turn; None when a draft would not have been that quote
    (flagged, no quote, another total, no offer of the add-on the written quote offers) or a quote
    turn follows no customer message."""
    history: list[Turn] = []
    for turn in case.history:
        total = written_total(turn.text) if turn.role == "business" else None
        if total is None:
            history.append(turn)
            continue
        last = max((i for i, t in enumerate(history) if t.role == "customer"), default=None)
        if last is None:
            return None
        draft = await orchestrator.draft(
            channel=case.channel, text=history[last].text, history=tuple(history[:last])
        )
        if draft.needs_human or draft.quote is None or Decimal(str(draft.quote["total"])) != total:
            return None
        if _OFFER.search(turn.text) and not _OFFER.search(draft.text):
            return None  # the written quote offered an add-on the responder's does not
        history.append(Turn(role="business", text=draft.text))
    return replace(case, history=tuple(history))
