"""Kids said to be none, written as a count of 0 the readers know: "no kids", "Kids: none", and a
reply that opens by saying every guest is an adult ("all adults. is tip included??", "yes
they're all grown ups!"): no kids, and the count is the order's."""

from __future__ import annotations

import re

# A reply that opens by saying every guest is an adult ("all adults. is tip included??", "yes
# they're all grown ups!"): no kids, as "no kids" says; the count is the order's
_ALL_ADULTS_REPLY = re.compile(
    r"^(\W*(?:(?:yes|yep|yeah|yea|yup|ya|correct|nope|no)\W+)?(?:(?:they'?re|they are|we'?re|"
    r"we are|everyone'?s|everyone is)\s+)?)(?:all\s+(?:adults|grown[- ]?ups)|adults\s+only)"
    r"(?=\s*(?:[.!,;\n]|$)"
    # "all adults and we'd like the chef at 7:30": the reply goes on about something else
    r"|\s+(?:and|but)\s+(?:we|we'?d|we'?ll|i|i'?d|can|could|is|are|do|does|what|when|the chef)\b)"
)


def no_kids_as_zero(text: str) -> str:
    """Lower-cased `text` with kids said to be none written as "0 kids"."""
    text = re.sub(r"\bno (kids|children|toddlers|babies)\b", r"0 \1", text)
    if "no little" in text or "no kiddo" in text:  # "each family is 3 adults, no little ones"
        text = re.sub(r"\bno (?:little ones|littles|kiddos)\b", "0 kids", text)
    # ("kids: no filet, just chicken": a "no" before a word takes that out for them, no count)
    text = re.sub(r"\b(kids|children)\s*:\s*(?:none|n/a|no(?![ \t]+[a-z]))\b", r"\1: 0", text)
    return _ALL_ADULTS_REPLY.sub(r"\g<1>0 kids", text)  # "all adults. is tip included??"
