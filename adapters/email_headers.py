"""Header values for outbound email, made from outside text (a customer's subject, a name).

The email library refuses a header value holding CR, LF or any other character
`str.splitlines()` breaks on (VT, FF, NEL, U+2028, U+2029...), and a header that slipped through
would let a customer add headers of their own. Line breaks and other control characters become
one space; invisible formatting characters that can disguise text (bidirectional overrides,
zero-width spaces, byte-order marks) are dropped.
"""

from __future__ import annotations

import unicodedata

# Joiners shape emoji and Indic or Persian text; they cannot break a header or hide anything.
_KEEP_FORMAT = frozenset({"\u200c", "\u200d"})
_SPACE_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
_DROP_CATEGORIES = frozenset({"Cf", "Cs"})
MAX_HEADER_CHARS = 900  # RFC 5322 allows 998 per line; the library folds, but keep it sane


def clean_header(value: str | None, *, limit: int = MAX_HEADER_CHARS) -> str:
    """`value` as one line of visible text: breaks and controls become single spaces, hidden
    formatting is removed, runs of whitespace collapse, and the result is cut to `limit`."""
    if not value:
        return ""
    kept: list[str] = []
    for char in value:
        category = unicodedata.category(char)
        if category in _SPACE_CATEGORIES:
            kept.append(" ")
        elif category in _DROP_CATEGORIES and char not in _KEEP_FORMAT:
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())[:limit].rstrip()


def clean_message_id(value: str) -> str:
    """A message id for In-Reply-To or References: no whitespace or control character at all."""
    return "".join(clean_header(value, limit=MAX_HEADER_CHARS).split())
