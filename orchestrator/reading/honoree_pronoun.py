"""The grown person an occasion is for, named by their relation ("bday dinner for my husband",
"anniversary dinner for my wife") and named again just after in the writer's list, by a pronoun
("me + him + 4 couples", "her + me + 3 other couples", "me & him and 6 friends") or by the same
relation ("me + my husband + 2 couples"): one guest, counted where the list names them. The
occasion's mention is written "for him" / "for her", which no list reader counts.

Only a partner, a parent or a grandparent (a son or a daughter may be a child, whose age the list
gives), the pronoun of the relation's sex ("partner" either), and the list right after the
occasion (stops, emoji or "it's" between: "for my husband, he's inviting 6 buddies plus him and
me" is the honoree's reader's). "for my wife's 40th" names whose event it is already (no guest to
rewrite); a list right after it that opens with the pronoun ("dinner for my girlfriend's birthday,
her + me + 2 couples + her sister") is written with the writer first ("me + her + ..."), as the
list readers know it, only right after a comma (after a stop or an emoji, "for my bf's 30th 🎉 him,
me and 4 other couples", the pronoun heads a sentence of its own: asked).

Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

_HE = r"husband|hubby|boyfriend|bf|fianc[eé]|dad|father|stepdad|grandpa|grandfather"
_SHE = r"wife|wifey|girlfriend|gf|fianc[eé]e|mom|mum|mother|stepmom|grandma|grandmother"
# ("for my girlfriend's birthday, her + me + ...": whose occasion, named by the possessive)
_FOR = re.compile(
    rf"\bfor\s+(?:my|our)\s+(?:({_HE})|({_SHE})|(partner))\b(?:(?P<whose>'s\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?"
    r"(?:birthday|bday|b-day|promotion|retirement|graduation|grad|\d{1,2}(?:st|nd|rd|th)))\b|(?!'))"
)
_JOIN = r"\s*(?:,|\+|&|\band\b|\bn\b)\s*"
# the writer and the person side by side, in either order, a short way after the occasion
_PAIR = (
    rf"\b(?:me|myself){_JOIN}(?:{{who}})\b(?!')|\b(?:{{who}}){_JOIN}(?:me|myself)\b"
)
# between the occasion and the list: stops, emoji, or the words that open a list ("it's", "we'll
# be"); a clause between ("he's inviting 6 buddies plus him and me") is the honoree's own reader's
_OPENS = re.compile(
    r"[^a-z0-9]*(?:(?:it'?s|its|it will be|it'?ll be|will be|we'?ll be|we are|we're|guests?)\b"
    r"[^a-z0-9]*)?"
)
_NEAR = 70  # how far after the occasion the list may end


def honoree_pronoun(text: str) -> str:
    """`text` with "for my husband" written "for him" when the writer's list right after names
    the husband again beside the writer ("me + him", "me + my husband")."""
    if "for " not in text or "me" not in text:
        return text  # speed: no occasion's person or no writer's list
    for m in _FOR.finditer(text):
        he, she = m.group(1), m.group(2)
        pronoun = "him" if he else "her" if she else "him|her"
        relation = re.escape(he or she or m.group(3))
        pair = re.compile(_PAIR.format(who=rf"{pronoun}|(?:my|our)\s+{relation}"))
        again = pair.search(text, m.end(), m.end() + _NEAR)
        between = text[m.end() : again.start()] if again is not None else ""
        if m.group("whose") and not re.fullmatch(r"\s*,\s*", between):
            continue  # "for my bf's 30th 🎉 him, me and ...": a new sentence, the pronoun heads it
        if again is not None and _OPENS.fullmatch(text, m.end(), again.start()):
            said = "him" if he else "her" if she else "them"
            head, listed = text[: m.start()] + f"for {said}", again.group(0)
            if m.group("whose"):  # "for my wife's 40th": whose event it is, no guest to rewrite
                head = text[: m.end()]
            swap = re.fullmatch(rf"(.+?)({_JOIN})(me|myself)", listed)
            if swap:  # "her + me + 3 couples": the writer's list as its readers know it, "me + her"
                listed = swap.group(3) + swap.group(2) + swap.group(1)
            return head + text[m.end() : again.start()] + listed + text[again.end() :]
    return text
