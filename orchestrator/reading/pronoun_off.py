"""An add-on taken off by a pronoun (round q80g): "I was only asking about the sake service, I
didn't mean to add it, so please take it off", "i didnt ask for the extended show lol ... take
it off pls", "how the custom menu works, we dont need it. pls take it off". The "it" is the one
add-on the message names before it; two add-ons named before it ("the sake and the show ...
take it off"), or a protein named between the add-on and the pronoun ("the show and the lobster,
take it off"), could each be the one, so the order is asked about, not guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

Span = tuple[int, int]

# "take it off", "pls remove it", "get rid of that one"; not "if ..." after it ("take it off if
# it's over $50": a condition the chef answers). "cancel it" may be the party, "scratch that" a
# change of mind (`changes_of_mind`), "gonna lose it" and "knock it off" idioms: none read here
_IT_OFF = re.compile(
    r"\b(?:(?:take|taking|leave)\s+(?:it|that(?: one)?)\s+(?:off|out)\b|"
    r"(?:remove|get rid of|take off|delete)\s+(?:it|that(?: one)?)\b|"
    r"(?:drop|nix|ditch)\s+it\b|"
    # "we dont need it.", "dont want it, thanks": the clause ends with it ("dont need it to be
    # long" asks for something of it)
    r"(?:don't|dont|do not)\s+(?:really\s+)?(?:need|want)\s+(?:it|that)"
    r"(?=\s*(?:[.,!?;)]|$)|\s+(?:anymore|any more|after all|pls|please|thanks|thx|lol|so|and|but|"
    r"then)\b))"
    r"(?!\s+(?:if|unless|yet|till|until|for|to|on|in)\b)(?!\s+(?:off|out)\b)"
)


@dataclass(frozen=True, slots=True)
class PronounOff:
    """The add-on a pronoun takes off (a catalog key), the spans read, or the reason to ask."""

    key: str | None
    spans: tuple[Span, ...]
    check: tuple[str, str] | None = None


def pronoun_off(
    text: str, mentions: list[tuple[Span, str]], proteins: re.Pattern[str]
) -> PronounOff | None:
    """The add-on of `mentions` (each named add-on's span and key, read as asked for) that a
    pronoun after it takes off, or None when no pronoun removal follows an add-on. A pronoun
    with two add-ons before it, or a protein between, is asked about (`check`)."""
    offs = [m for m in _IT_OFF.finditer(text) if any(s[1] <= m.start() for s, _ in mentions)]
    if not offs:
        return None
    first = offs[0].start()
    before = {key for (_, end), key in mentions if end <= first}
    last = max(end for (_, end), _ in mentions if end <= first)
    spans = tuple(m.span() for m in offs)
    if len(before) > 1:
        names = " or ".join(sorted(k.replace("_", " ") for k in before))
        why = f"'{offs[0].group(0)}': which add-on ({names})?"
        return PronounOff(None, spans, ("add_on_choice", why))
    if proteins.search(text, last, first):
        why = f"'{offs[0].group(0)}': the add-on or the protein named before it?"
        return PronounOff(None, spans, ("add_on_choice", why))
    return PronounOff(next(iter(before)), spans)


# the pronoun taken off alone, no "we don't need it" (which may be of anything said before)
_TAKE_IT_OFF = re.compile(r"\b(?:take|taking|remove|get rid of|drop|nix|ditch|delete)\b")


def unbound_off(text: str, proteins: re.Pattern[str]) -> tuple[str, str] | None:
    """The reason to ask when "take it off" follows no add-on and no protein the message names
    ("hmm nvm about that, take it off and make it 14 adults" after a quote with the custom menu):
    the "it" is something of an earlier turn, not read here; read as nothing, the change after it
    was priced with the add-on kept (round q80n). None when there is no such pronoun."""
    for m in _IT_OFF.finditer(text):
        if _TAKE_IT_OFF.match(text, m.start()) and not proteins.search(text, 0, m.start()):
            return ("add_on_choice", f"'{m.group(0)}' with nothing named before it: what comes off?")
    return None
