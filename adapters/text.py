"""Channel-independent text shaping: SMS segment counting and splitting long replies.

Every outbound text goes through `fit_to_limits` once, driven by the adapter's declared
`ChannelLimits`, so no adapter re-implements length rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vocabulary.webhook import ChannelLimits

# GSM 03.38 basic character set; the extension table's characters cost two septets.
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€\f")


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    """How an SMS text is encoded and how many segments it costs."""

    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int


def sms_segments(text: str) -> SegmentInfo:
    """Count SMS segments: GSM-7 160 single / 153 per part, UCS-2 70 / 67."""
    if all(ch in _GSM_BASIC or ch in _GSM_EXTENDED for ch in text):
        units = sum(2 if ch in _GSM_EXTENDED else 1 for ch in text)
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, encoding = 70, 67, "UCS-2"
    if units <= single:
        return SegmentInfo(encoding, units, 1 if units else 0)
    return SegmentInfo(encoding, units, -(-units // multi))


def segments_for(limits: ChannelLimits, text: str) -> SegmentInfo | None:
    """What `text` costs on a channel billed per SMS segment (its limits say
    `counts_segments`); None on every other channel."""
    return sms_segments(text) if limits.counts_segments else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split_text(text: str, max_chars: int) -> list[str]:
    """Split `text` into parts of at most `max_chars`, on sentence boundaries when possible,
    then on spaces, and only as a last resort inside a word."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
        candidate = f"{current} {sentence}".strip() if current else sentence.strip()
        if len(candidate) <= max_chars:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = ""
        for piece in _split_words(sentence.strip(), max_chars):
            if len(piece) == max_chars:
                parts.append(piece)
            else:
                current = piece
    if current:
        parts.append(current)
    return parts


def _split_words(sentence: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for word in sentence.split(" "):
        while len(word) > max_chars:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(word[:max_chars])
            word = word[max_chars:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= max_chars:
            current = candidate
        else:
            pieces.append(current)
            current = word
    if current:
        pieces.append(current)
    return pieces


class TooLong(ValueError):
    """The text needs more parts than the channel allows for one reply."""


def fit_to_limits(text: str, limits: ChannelLimits) -> list[str]:
    """The provider messages one reply becomes on a channel; raise `TooLong` past `max_parts`."""
    parts = split_text(text, limits.max_chars)
    if len(parts) > limits.max_parts:
        raise TooLong(
            f"the reply needs {len(parts)} messages of {limits.max_chars} characters; "
            f"this channel allows {limits.max_parts}"
        )
    return parts
