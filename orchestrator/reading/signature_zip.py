"""The ZIP of a letter's body over the one in its signature: under a sign-off ("Warm regards,\n
Deborah Whitfield\nOffice Manager\n1820 Howe Ave, ..., CA 95825") the writer's own address,
not the party's, which the body gave ("held at Harold's home, ..., CA 95608")."""

from __future__ import annotations

import re

# A sign-off on a line of its own, the signature's lines after it
_SIGN_OFF_LINE = re.compile(
    r"\n[ \t]*(?:(?:warm|warmest|kind|best|many)\s+)?(?:regards|thanks|thank you|sincerely|cheers|"
    r"best|warmly|respectfully|yours truly|thank you kindly)[ \t]*,?[ \t]*\n"
)


def body_zip(text: str, zips: list[tuple[str, tuple[int, int]]]) -> str | None:
    """The one ZIP code of normalized `text` above its sign-off when every other ZIP is in the
    signature below it; None otherwise."""
    if "\n" not in text:
        return None
    offs = list(_SIGN_OFF_LINE.finditer(text))
    if not offs:
        return None
    sign_off = offs[-1]  # the last sign-off: the signature follows it
    body = {code for code, (start, _) in zips if start < sign_off.start()}
    below = {code for code, (start, _) in zips if start >= sign_off.end()}
    return next(iter(body)) if len(body) == 1 and below and below != body else None
