"""Why an add-on is taken: "yes add that, the couple loves a show", "add the show, kids will love
it", "sure add it. the guests will enjoy that". A clause of liking beside an add-on the message
takes names no guest, count or item of its own: its subject is who the party is for (already
counted, or not at all), its object the add-on again. The extraction explains these clauses when
the message takes an add-on; a kid word as the subject is the kids counted before ("the kids")."""

from __future__ import annotations

import re

Span = tuple[int, int]

# the verb of liking, with its tense ("will love", "'d enjoy", "really loves")
_LIKE = (
    r"(?:(?:will|would|'ll|'d|are gonna|is gonna|are going to|is going to)\s+)?(?:really\s+|totally\s+)?"
    r"(?:love|loves|enjoy|enjoys|adore|adores|like|likes|deserve|deserves)"
)
# what is liked: the add-on again, by a pronoun or a word of its kind ("a show", "sake")
_LIKED = (
    r"(?:it|that|this|them|those|(?:a|the)\s+(?:good\s+|great\s+|fun\s+)?(?:show|performance)|"
    r"shows|performances|sake|a\s+good\s+time|that\s+stuff|that\s+kind\s+of\s+thing)(?:\s+(?:so\s+much|a\s+lot|lol|haha))*"
)
# the clause: from a break or a "because", a subject of one to three words (no number), the verb
# and what is liked, up to the next break
LIKING = re.compile(
    r"(?:^|(?<=[.,;!?\n])|\b(?:since|because|cuz|bc|coz)\b)\s*"
    rf"(?P<who>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){{0,2}}?)\s+{_LIKE}\s+{_LIKED}"
    # up to a break, or the "and" that starts a new clause in talk ("he loves that stuff and we live")
    r"(?=\s*(?:$|[.,;!?\n])|\s+and\s+(?:we|i|our|it)\b)"
)
# right after a yes: a clause of liking that is the whole rest ("YES the kids would love it 🙌",
# "yeah my dad would love that lol"): the reason the offer is taken
YES_REASON = re.compile(rf"\s+(?:[a-z][a-z'-]*\s+){{1,3}}?{_LIKE}\s+{_LIKED}[\s\W_]*$")
# ... or a clause of its own before more news ("YES the kids would love it. also 2 siblings are
# coming"): the sentence of liking ends at its break, the rest read as it is
YES_REASON_CLAUSE = re.compile(
    rf"\s+(?:[a-z][a-z'-]*\s+){{1,3}}?{_LIKE}\s+{_LIKED}\s*(?:[.!;\n]|[^\w\s.!;\n]+\s*[.!;\n]?)"
)
_KID = re.compile(r"\b(?:kids?|children|child|kiddos?|little ones|littles)\b")
# right after a kid word: the verb of liking ("kids will love it")
KIDS_LIKE = re.compile(rf"\s+{_LIKE}\s+{_LIKED}(?=\s*(?:$|[.,;!?\n]))")
# right after a kid word: the verb of keeping ("adults have filet, kids keep the chicken"): what
# kids keep is the order's, so they are the kids it counted (round q80c); also with no article
# before what they keep ("kids keep chicken and shrimp", round q82o)
KIDS_KEEP = re.compile(r"\s+(?:keep|keeps|stay\s+with|stick\s+with)\s+(?:the\b|their\b|[a-z])")


def liking_reasons(text: str) -> list[Span]:
    """The spans of the clauses of liking in normalized `text` (the caller asks only when the
    message takes an add-on)."""
    # a kid word said is left to the readers: the kids counted before, or kids to ask about
    return [(m.end("who") if _KID.search(m.group("who")) else m.start(), m.end())
            for m in LIKING.finditer(text)]  # fmt: skip
