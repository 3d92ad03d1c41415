"""Mothers and fathers counted in a list of guests, written as the parents the readers know:
"12 girls (all 9 and 10), 4 adult leaders and 12 moms" is "... and 12 parents", "9 boys (all 8)
plus 5 moms and 2 dads" is "... plus 7 parents", "2 entrenadores y 10 papás" is "... y 10
parents". A mother or father is a grown-up, so such a count is that many adults, as "10 parents"
is. Only a count joined after another count of the same sentence ("and", "plus", "+", "&", a
comma, "y") is rewritten: "my 2 moms", "5 moms night out", "a moms' brunch for 8" and a count
of moms that opens the message stays as it was (the readers that know it read it, or ask) unless
another count is joined after it ("4 moms and 8 girls (all 10)": 4 parents).
The parents of those just listed, counted right after them ("3 of her friends (all 19-20) and
their parents, 6 of them") are that many parents: "... and 6 parents".
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# ("5 moms and 1 dad": one of them, the word singular)
_MOMS = r"(?:moms|mums|mommies|mothers|dads|fathers|daddies|(?<=\b1 )(?:mom|mum|dad|mother|father))"
_MAMAS = r"(?:mamás|mamas|papás|papas|madres)"
# what may not follow: the word naming an event or a group ("moms night", "dads' club")
_NOT_AFTER = r"(?!'?\s*(?:'s\s+)?(?:night|nite|brunch|day|group|club|out|trip|weekend|of)\b)"
# the join right before the count: "and", "plus", "+", "&", a comma, Spanish "y"; or "all
# adults" where "all 18 + 3 moms" was read as "all 18+" (adults either way, the "+" taken)
_JOINED = (
    r"(?:,\s*(?:and\s+|plus\s+|y\s+)?|\+\s*|&\s*|\band\s+|\bplus\s+|\by\s+|\ball adults\s+)"
)
# "5 moms and 2 dads": one count of parents, the two summed
_PAIR = re.compile(
    rf"(?<=[\s,+&])(\d{{1,3}}) {_MOMS}\s*(?:and|&|\+|y)\s*(\d{{1,3}}) {_MOMS}\b{_NOT_AFTER}"
)
_ONE = re.compile(rf"(?<=[\s,+&])(\d{{1,3}}) ({_MOMS}|{_MAMAS})\b{_NOT_AFTER}")
# another count earlier in the same sentence, and the join right before this one
_COUNTED_BEFORE = re.compile(rf"\d{{1,3}} [a-záéíóúñ]+\b[^.!?\n]*{_JOINED}\Z")
# A count of mothers or fathers opening a sentence, a list of counts after it: "4 moms and 8 girls
# (all 10)", "6 dads + 10 boys (all 9)", "we're 3 moms and 9 girls": the grown-ups of the party
_LEADING = re.compile(
    rf"(?:^|(?<=[.!?:;\n]))(\s*(?:(?:we're|we are|we'll be|its|it's|it will be|it'll be)\s+)?)"
    rf"(\d{{1,3}}) ({_MOMS}|{_MAMAS})\b{_NOT_AFTER}(?=\s*(?:,|and|&|\+|plus|n|y)\s*\d{{1,3}} [a-zñ]+)"
)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:my|our|his|her|their|mis|sus|nuestras?|nuestros)\s+\Z")


def _joined(text: str, start: int) -> bool:
    """Whether the count at `start` is joined after another count of its sentence, and no
    possessive ("my 2 moms") owns it."""
    before = text[:start]
    return bool(_COUNTED_BEFORE.search(before)) and not _POSSESSIVE_BEFORE.search(before)


# "and their parents, 6 of them": the parents of those just listed, their count right after
_THEIR_PARENTS = re.compile(r"(\band\s+|\bplus\s+|[+&]\s*)their\s+parents\s*,\s*(\d{1,2})\s+of\s+them\b")


def parent_counts(text: str) -> str:
    """`text` with the counted mothers and fathers joined in a list of counts written as
    parents (in Spanish too: "10 papás")."""
    if "of them" in text:
        text = _THEIR_PARENTS.sub(lambda m: f"{m.group(1)}{m.group(2)} parents", text)
    if not re.search(rf"\d {_MOMS}|\d {_MAMAS}", text):
        return text
    text = _LEADING.sub(lambda m: f"{m.group(1)}{m.group(2)} parents", text)
    text = _PAIR.sub(
        lambda m: f"{int(m.group(1)) + int(m.group(2))} parents" if _joined(text, m.start())
        else m.group(0),
        text,
    )
    return _ONE.sub(
        lambda m: m.group(0) if not _joined(m.string, m.start())
        else f"{m.group(1)} parents",
        text,
    )
