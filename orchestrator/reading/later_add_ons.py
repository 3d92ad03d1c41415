"""An add-on asked about in an earlier message and taken in a later one ("does the show get longer
if we pay more?", then "ok let's do it with the longer show"): the later message answers the
earlier question, whose check the conversation drops. Split from `conversation` by size."""

from __future__ import annotations

from dataclasses import replace

from orchestrator.reading.add_on_mentions import unmatched_add_on
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.longer_show import longer_check


def add_on_answered(state: Inquiry, later: Inquiry) -> Inquiry:
    """ "does the show get longer if we pay more?", then "ok let's do it with the longer show":
    the add-on named later by the same word is what the earlier add-on word asked about. Only
    by the same word: "can we add the fireworks show?", then "and the sake too", leaves the
    fireworks asked."""
    answered = {unmatched_add_on(word) for word in later.add_on_words}
    answered |= {longer_check(key) for key in later.add_ons}  # "could the show be longer?", "add it"
    return replace(state, checks=tuple(c for c in state.checks if c not in answered))
