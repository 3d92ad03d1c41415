"""A later customer message being applied to the order before it (`conversation.apply_later`):
what each step of the merge reads and leaves for the next one."""

from __future__ import annotations

from dataclasses import dataclass, field

from orchestrator.reading.inquiry import Inquiry

Check = tuple[str, str]


def drop(checks: tuple[Check, ...], fields: set[str]) -> tuple[Check, ...]:
    """`checks` without those of `fields`."""
    return tuple(c for c in checks if c[0] not in fields)


@dataclass
class Merge:
    """The order `state` as `later` corrects it so far: `merged` the order, `dropped` the fields of
    its checks the message settles, `kept` its checks kept all the same, `asked` the questions the
    counts raise, `checks` the message's own checks on the order."""

    state: Inquiry
    later: Inquiry
    merged: Inquiry
    dropped: set[str] = field(default_factory=set)
    kept: tuple[Check, ...] = ()
    asked: list[Check] = field(default_factory=list)
    checks: tuple[Check, ...] = ()
