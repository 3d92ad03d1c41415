"""A counted few of the party set apart just before what they want: "except 3 want", "except
for 2 of them who'd like", "all but 3 people want", "except 3, they want", "but 4 people would
rather have". One shape for the readers of such few (`some_guests`, `except_instead`); each names
the words that open it and the wants it takes, which differ on purpose (see `except_some`)."""

from __future__ import annotations

import re

# who the count is of: "3 of them", "2 of em", "4 people", "3 folks"
_WHO = r"(?:of\s+(?:them|em|'em|us|those)|people|ppl|guests|folks|adults)"
# what the few want, said plainly
WANTS = r"prefer|want|wants|like|would like"


def except_some(lead: str, wants: str = WANTS) -> re.Pattern[str]:
    """The few set apart, ending where their choice starts (group 1 the count), opened by `lead`
    ("except(?:\\s+for)?|all\\s+but") and wanting by `wants` (alternatives, `WANTS` by default)."""
    return re.compile(
        rf"\b(?:{lead})\s+(\d{{1,3}})(?:\s+{_WHO})?\s*,?(?:\s+(?:who|that|they))?(?:\s+would|'d)?"
        rf"\s+(?:{wants})\s+(?:the\s+)?$"
    )
