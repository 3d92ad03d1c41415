"""Outside text made safe for Slack: every string from a customer, a provider or a reviewer goes
through `slack_escape` exactly once before it is put into a Slack text (mrkdwn blocks, the
fallback `text`, modal sections).

Slack reads `&`, `<` and `>` as control characters in message text (`<!channel>`, `<@U123>`,
`<http://x|label>`), so they are sent as `&amp;`, `&lt;` and `&gt;` and shown as typed. Nothing
else is entity-encoded: Slack decodes only those three. Initial values of plain-text inputs are
not mrkdwn and are never escaped (the reviewer would edit the entities).
"""

from __future__ import annotations

import re

_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")
_SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,20}")


def slack_escape(text: str | None) -> str:
    """`text` with `&`, `<` and `>` replaced by their entities (apply once, to raw text only)."""
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(escaped: str, limit: int) -> str:
    """Cut already escaped text to `limit` characters without leaving half an entity."""
    if len(escaped) <= limit:
        return escaped
    return _PARTIAL_ENTITY.sub("", escaped[:limit])


def actor_mention(actor: str | None) -> str:
    """A reviewer: a Slack user id becomes a mention; anything else (console names) is text."""
    if not actor or actor == "system":
        return ""
    if _SLACK_USER.fullmatch(actor):
        return f"<@{actor}>"
    return slack_escape(actor)
