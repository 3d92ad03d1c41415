"""A preference of some guests said as a comparison: "4 of them would rather have lobster than
salmon" is the same swap for some as "4 of them want lobster instead of salmon", and is written
that way for the swap readers. Only after a count of guests ("N of them", "N people"): "we'd
rather have lobster than salmon" alone is a taste or a question. "3 of them would prefer tofu over
shrimp" is left asked, as the working corpus marks it (q3-corr-partial-swap)."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_PREFERENCE = gated(re.compile(
    r"\b(\d{1,3}\s+(?:of\s+(?:them|em|us|those|the\s+[a-z]+|our\s+[a-z]+)\s+|(?:people|ppl|guests|"
    r"folks)\s+)(?:would|'d)\s+rather\s+(?:have|get|do|eat)\s+(?:the\s+)?"
    r"[a-z]+(?:\s+(?:tails?|mignon|strip))?)\s+than\s+(?=[a-z])"
))  # fmt: skip


def preferences_as_swaps(text: str) -> str:
    """Lower-case `text` with "N of them would rather have X than Y" written as "... X instead of
    Y" (the only word changed is "than")."""
    return _PREFERENCE.sub(r"\1 instead of ", text)
