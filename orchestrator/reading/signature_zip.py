"""The ZIP of a letter's body over the one in its signature: under a sign-off ("Warm regards,\n
Deborah Whitfield\nOffice Manager\n1820 Howe Ave, ..., CA 95825", "Thank you so much!\n\nDenise
Albright\n...") the writer's own address, not the party's, which the body gave ("held at Harold's
home, ..., CA 95608"). A signature with no sign-off is the letter's last block, set apart by a blank
line, that opens with a name of two or three words and holds a phone number or its label ("Carla
Jimenez\nPractice Administrator, Mather Family Medicine\n...\nMather, CA 95655\nPh 916-555-2040"), or an
office's street line (a forwarded note's "Jenna Whitaker\nAdministrative Analyst II\n...\n1395
35th Ave, Sacramento, CA 95822", round q82k); then the body's ZIP must be said to be the party's
("The party is at my home in Rancho Cordova, 95670", "The party will be at my house in Fair
Oaks: 95628")."""

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
# an office's street line in a signature block ("1395 35th Ave, Sacramento, CA 95822" under a
# name, a title and a department: no phone), which a block without a phone may show instead
_STREET = re.compile(
    r"\n[ \t]*\d{2,5}[ \t]+(?:[a-z0-9.]+[ \t]+){1,4}"
    r"(?:st|street|ave|avenue|blvd|boulevard|rd|road|dr|drive|way|ln|lane|ct|court|pl|plaza|pkwy|mall)\b"
)
# the body's ZIP said to be the party's place: "the party is at my home in rancho cordova, 95670"
_PARTY_PLACE = re.compile(
    r"\b(?:party|event|dinner|lunch|luncheon|celebration)\s+(?:is|will be|'s)\s+(?:at|in)\b[^.!?\n]*\Z"
)


def _signature_block(text: str) -> tuple[int, int] | None:
    """The span of the name line opening the last block of `text` when the block is a signature:
    it holds a phone, or an office's street line (`_STREET`); None otherwise."""
    block = _SIGNATURE.search(text)
    if block is None:
        return None
    if not (_PHONE.search(text, block.end()) or _STREET.search(text, block.end() - 1)):
        return None
    return block.span()


def body_zip(text: str, zips: list[tuple[str, tuple[int, int]]]) -> str | None:
    """The one ZIP code of normalized `text` above its sign-off (or its signature's block) when
    every other ZIP is in the signature below it; None otherwise."""
    if "\n" not in text:
        return None
    offs = list(_SIGN_OFF_LINE.finditer(text))
    if offs:
        start, end = offs[-1].span()  # the last sign-off: the signature follows it
    else:
        block = _signature_block(text)
        if block is None:
            return None
        start, end = block
    body = {code for code, (at, _) in zips if at < start}
    below = {code for code, (at, _) in zips if at >= end}
    if len(body) != 1 or not below or below == body:
        return None
    if not offs and not any(
        _PARTY_PLACE.search(text, max(0, at - 80), at) for code, (at, _) in zips if code in body
    ):
        return None  # no sign-off: the body must say the ZIP is where the party is
    return next(iter(body))


def signature_start(text: str, zips: list[tuple[str, tuple[int, int]]]) -> int | None:
    """Where the signature of normalized `text` opens (its last sign-off line, else its last
    block that opens with a name and holds a phone) when every ZIP of `zips` is in it, none in
    the body above; None otherwise."""
    if not zips or "\n" not in text:
        return None
    offs = list(_SIGN_OFF_LINE.finditer(text))
    if offs:
        start = offs[-1].start()
    elif block := _signature_block(text):
        start = block[0]
    else:
        return None
    return start if all(at >= start for _, (at, _) in zips) else None
