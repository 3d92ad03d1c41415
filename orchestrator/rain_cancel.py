"""The weather told only as why a customer would cancel ("is the deposit refundable if it
rains?"): a question of the deposit rule, which the safety topic (a plan for bad weather) must not
take."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars

# "is the deposit refundable if it rains and we cancel?", "cancellation policy if it rains": the
# weather is why they would cancel, a question of the deposit rule, not a plan for bad weather;
# "is the deposit refundable if it rains?", "if it rains do we get the deposit back?" ask the same
_RAINS = r"(?:if|in case|what if) (?:it |there'?s? (?:a |any )?)?(?:rains?|storms?|pours?|bad weather)"
_WEATHER_CANCEL = re.compile(
    rf"\b{_RAINS}(?: \w+){{0,2}}?,? (?:and|so) (?:we|i) (?:have to |need to |decide to |want to )?"
    r"cancel\w*"
    rf"|\b(?:refundable|refunded|refund|returnable|returned)(?: \w+){{0,2}}? {_RAINS}\b"
    rf"|\b{_RAINS},? (?:do|will|can|would|could) (?:we|i) (?:still )?get (?:the |our |my |a )?"
    r"(?:deposit|money|refund)(?: back)?\b"
    r"|\bcancel\w*(?: \w+){0,2}? (?:if|because of|due to) (?:it |the )?"
    r"(?:rains?|storms?|bad weather|weather)"
)
# Speed only: tried only where a match can start (`first_chars`); the same matches.
_WEATHER_CANCEL = first_chars(_WEATHER_CANCEL)


def rain_only_cancels(normalized_text: str, safety: re.Pattern[str]) -> bool:
    """Whether the weather words of lower-case `normalized_text` are all a cancellation's reason:
    the `safety` topic's pattern finds nothing once they are blanked."""
    return bool(_WEATHER_CANCEL.search(normalized_text)) and not safety.search(
        _WEATHER_CANCEL.sub(" ", normalized_text)
    )
