"""What the writer saw of the business before writing: "saw ur reel with the onion volcano",
"loved your tiktok with the flaming shrimp", "watched the video w/ the egg roll trick". The
thing after "with" is what the post showed, not a thing asked for beside the order (the
request net, `requested`, would flag it); an order said after it is read as any other. So is
what stands by a house told by its colour ("ours is the white one with the palm tree")."""

from __future__ import annotations

import re

from orchestrator.reading.no_counts import COLOUR

# a verb of seeing, whose post ("ur reel", "your tiktok", "the video"), then the request net's
# joiner and its article
_SEEN_WITH = re.compile(
    r"\b(?:saw|seen|see|seeing|watched|watching|loved|love|liked)\s+(?:ur|your|the|a|ya|yalls?|"
    r"y'all's)\s+(?:(?:insta|ig|instagram|tiktok|fb|facebook|yt|youtube|latest|new|recent)\s+)?"
    r"(?:reels?|posts?|videos?|vids?|tiktoks?|stor(?:y|ies)|clips?|pics?|photos?|ads?|page)\s+"
    r"(?:with|w/)[^\S\n]*(?:(?:a|an|the|some|ur|your)\s+)?\Z"
)


# what the post showed asked for after all: "... with the onion volcano. can u do that?"
_ASKED_AFTER = re.compile(
    r"\b(?:can|could|will|would|do)\s+(?:u|you|ya|y'all|you guys|u guys|the chef|ur chef|your chef)"
    r"\s+(?:do|make|bring|include|add)\s+(?:that|it|this|the same|one|those)\b"
    r"|\b(?:want|need|like|love)\s+(?:that|it|one|the same|those)\b"  # not "we need this (dinner)"
)


def seen_in_post(text: str, request_end: int) -> bool:
    """Whether the request (its article with it) ending at `request_end` of normalized `text`
    joins a post the writer saw to what it showed ("saw ur reel with the ..."), and nothing after
    asks for that thing."""
    seen = _SEEN_WITH.search(text, max(0, request_end - 60), request_end)
    return bool(seen) and not _ASKED_AFTER.search(text, request_end)


# the house told by its colour and what stands by it ("ours is the white one with the palm tree")
_COLOUR_WITH = re.compile(rf"\bthe\s+{COLOUR}\s+1\s+with(?:\s+(?:a|an|the|some))?\s*\Z")


def shown_not_asked(text: str, request_start: int, request_end: int) -> bool:
    """Whether the request word at `request_start` to `request_end` of normalized `text` joins
    something shown to what it shows: a house by its colour ("the white one with the palm tree")
    or a post the writer saw (`seen_in_post`), no thing asked for."""
    return bool(_COLOUR_WITH.search(text, max(0, request_start - 40), request_end)) or seen_in_post(
        text, request_end
    )
