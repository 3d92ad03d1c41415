"""The edits a follow-up makes to the counts of the order it corrects, read from one message
(round q75f): portions taken off ("take off his filet and shrimp", `portions_off`), the counts a
list of portions replaces ("6 salmon and 2 ny strip instead of 4 and 4"), a family of food ruled
out ("wait no shellfish, his sister is allergic", `kinds_out`). The conversation applies them to
the order (`edits_applied`, `kinds_out.of_kind_out`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.extras_off import bare_extras, extra_taken_off, extras_removed
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.kinds_out import kinds_out
from orchestrator.reading.portions_off import (
    OFF_CHECK,
    PortionsOff,
    counts_had,
    counts_replaced,
    off_checks,
    portions_off,
    taken_from,
)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Edits:
    """What one message's edits read: the asks left to read as choices (`rest`), the spans
    explained and used, the checks, and what the conversation applies."""

    rest: tuple[ProteinAsk, ...]
    explained: list[Span]
    used: list[Span]
    checks: list[tuple[str, str]]
    off: PortionsOff | None
    recounted: tuple[tuple[str, int], ...]
    recount_spans: list[Span]
    gone: tuple[str, ...]
    extras_off: tuple[str, ...] = ()  # "take the extra lobster off": the order's extra portions

    @property
    def portions(self) -> tuple[tuple[str, int], ...]:
        return self.off.portions if self.off else ()

    def guest_out(self, hidden: Sequence[Span]) -> tuple[tuple[int, str | None], ...]:
        """The guest fewer whose portions are taken off ("my brother cant make it anymore, take
        off his ..."), as a count change for `recount` (adults when the order has no kids, else
        asked); none when a relations reader counted them already (its span `hidden`)."""
        if self.off is None or self.off.guest_out is None:
            return ()
        start = self.off.guest_out[0]
        return () if any(s <= start < e for s, e in hidden) else ((-1, None),)


def order_edits(text: str, asks: Sequence[ProteinAsk], catalog: Catalog) -> Edits:
    """The edits of normalized `text`, whose protein mentions are `asks`."""
    off = portions_off(text, asks)  # "take off his filet and shrimp": portions fewer, no choices
    recounted, span = counts_replaced(text, asks)  # "6 salmon instead of 4": no "instead" of all
    gone, gone_spans = kinds_out(text, {a.protein for a in asks}, {p.key for p in catalog.proteins})
    taken = off.asks if off else ()
    explained = [*(off.spans if off else ()), *([off.guest_out] if off and off.guest_out else [])]
    extras = [(a, s) for a, s in ((a, extra_taken_off(text, a)) for a in asks) if s is not None]
    taken = (*taken, *(a for a, _ in extras))
    bare = bare_extras(text)  # "lets take the extra off": which extra? (asked)
    explained += [span for _, span in extras] + bare
    return Edits(
        rest=tuple(a for a in asks if not any(a is t for t in taken)),
        explained=explained + [(a.start, a.end) for a in taken] + gone_spans,
        used=[a.count_span for a in taken if a.count_span],
        checks=off_checks(off),  # "take off 2 shrimp": settled by the order it corrects
        off=off,
        recounted=recounted,
        recount_spans=[span] if span else [],
        gone=tuple(gone),
        extras_off=tuple(a.protein for a, _ in extras) + (("",) if bare else ()),
    )


def edits_applied(
    state: Inquiry, merged: Inquiry, later: Inquiry, checks: tuple[tuple[str, str], ...]
) -> tuple[Inquiry, tuple[tuple[str, str], ...]]:
    """`later`'s portions taken off applied to `merged` (the order `state` corrected so far), and
    `later`'s checks less those the order settles: the counts it replaces are the order's ("6
    salmon and 2 ny strip instead of 4 and 4" after 4 and 4), the portions taken off came off."""
    if counts_had(state.proteins, later.was_portions):
        checks = tuple(c for c in checks if c[0] != "was")
    # "take the sake off" when no sake was ordered or quoted: a mix-up of orders? (round q80d)
    checks += tuple(
        ("add_ons", f"{key.replace('_', ' ')} taken off, but it was never in the order: which order?")
        for key in later.add_ons_off if key not in merged.add_ons
    )  # fmt: skip
    if later.extras_off:  # "take the extra lobster off": the extras, not everyone's lobster
        proteins, extra_checks = extras_removed(merged.proteins, later.extras_off,
                                                  merged.add_ons)
        merged, checks = replace(merged, proteins=proteins), checks + extra_checks
    if not later.portions_off:
        return merged, checks
    left = any(d < 0 for d, _ in later.changes)  # "my brother cant make it, take off his ..."
    fewer = taken_from(merged.proteins, later.portions_off, guest_left=left)
    if fewer is None:
        return merged, checks
    return replace(merged, proteins=fewer), tuple(c for c in checks if c[0] != OFF_CHECK)
