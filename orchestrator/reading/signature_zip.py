"""The ZIP of a letter's body over the one in its signature: under a sign-off ("Warm regards,\n
Deborah Whitfield\nOffice Manager\n1820 Howe Ave, ..., CA 95825", "Thank you so much!\n\nDenise
Albright\n...") the writer's own address, not the party's, which the body gave ("held at Harold's
home, ..., CA 95608"). A signature with no sign-off is the letter's last block, set apart by a blank
line, that opens with a name of two or three words and holds a phone number or its label ("Carla
Jimenez\nPractice Administrator, Mather Family Medicine\n...\nMather, CA 95655\nPh 916-555-2040"); then
the body's ZIP must be said to be the party's ("The party is at my home in Rancho Cordova,
95670")."""

from __future__ import annotations

import re

# A sign-off on a line of its own, the signature's lines after it
_SIGN_OFF_LINE = re.compile(
    r"\n[ \t]*(?:(?:warm|warmest|kind|best|many)\s+)?(?:regards|thanks|thank you|sincerely|cheers|"
    r"best|warmly|respectfully|yours truly|thank you kindly)"
    r"(?:[ \t]+(?:so much|very much|again|in advance))?[ \t]*[,!.]?[ \t]*\n"
)
# The last block: a blank line, a name line (two or three words, letters only), then lines
_SIGNATURE = re.compile(
    r"\n[ \t]*\n[ \t]*[a-z][a-z.'-]*(?:[ \t]+[a-z][a-z.'-]*){1,2}[ \t]*\n(?![\s\S]*\n[ \t]*\n)"
)
# a phone number, or its label on a line of its own (the number may be blanked before)
_PHONE = re.compile(
    r"\(?\b\d{3}\)?[\s.-]?\d{3}[.-]\d{4}\b"
    r"|\n[ \t]*(?:ph|phone|tel|cell|mobile|fax|direct|office|main)\b\.?[ \t]*:?[ \t]"
)
# the body's ZIP said to be the party's place: "the party is at my home in rancho cordova, 95670"
_PARTY_PLACE = re.compile(
    r"\b(?:party|event|dinner|lunch|luncheon|celebration)\s+(?:is|will be|'s)\s+(?:at|in)\b[^.!?\n]*\Z"
)


def body_zip(text: str, zips: list[tuple[str, tuple[int, int]]]) -> str | None:
    """The one ZIP code of normalized `text` above its sign-off (or its signature's block) when
    every other ZIP is in the signature below it; None otherwise."""
    if "\n" not in text:
        return None
    offs = list(_SIGN_OFF_LINE.finditer(text))
    if offs:
        start, end = offs[-1].span()  # the last sign-off: the signature follows it
    else:
        block = _SIGNATURE.search(text)
        if block is None or not _PHONE.search(text, block.end()):
            return None
        start, end = block.span()
    body = {code for code, (at, _) in zips if at < start}
    below = {code for code, (at, _) in zips if at >= end}
    if len(body) != 1 or not below or below == body:
        return None
    if not offs and not any(
        _PARTY_PLACE.search(text, max(0, at - 80), at) for code, (at, _) in zips if code in body
    ):
        return None  # no sign-off: the body must say the ZIP is where the party is
    return next(iter(body))
