"""Guests of the party named by who they are (or counted) and said to be vegan or vegetarian, with
tofu and vegetables asked for them in place of their plate: "my sister in law and her husband are
vegetarian so can those 2 have tofu and vegetables instead of the chicken and steak? Everyone else
same" (blind 184 fv065), "my mom and dad are vegetarian so can they have tofu and vegetables
instead of the filet and shrimp?", "4 of the guys are vegetarian now, tofu and veggies for them
instead of the chicken and shrimp" (round q86p). Tofu and vegetables are their two included
portions, so what they give up is their whole plate (the order's two proteins, whatever word names
them, "steak" too); the words are written as "2 of them are vegetarian so tofu and vegetables for
them", which the meatless readers place (`meatless_choices`, `meatless_plates`). Same length, the
rest blanked.

Only people the words count: one relation ("my wife's sister": 1), two joined ("my aunt and
uncle", "my brother and his wife": 2), a pair word ("my parents", "my in-laws": 2) or a count "of
them" (a son, a daughter or a cousin may be a child the count leaves out: asked); "those 2" or
"both" after them must agree. A plural of no number ("my cousins"), someone not counted ("her
kids"), one choice ("tofu instead": of which?) or one protein given up ("instead of the chicken":
their other portion?) are left to the readers, which ask."""

from __future__ import annotations

import re

_REL = (
    r"(?:mom|mum|mother|dad|father|sister|brother|aunt|uncle|wife|husband|hubby|grandma|grandpa|"
    r"grandmother|grandfather|girlfriend|boyfriend|gf|bf|fianc[eé]e?|partner|boss|best\s+friend|"
    r"friend)(?:[\s-]in[\s-]law)?"
)
_PAIR = r"(?:parents|in[\s-]?laws|grandparents)"
_OWNER = r"(?:my|our|his|her|their)\s+(?:(?:wife|husband|hubby|mom|dad|sister|brother)'?s\s+)?"
WHO = (
    # "4 of the guys", "3 of our team", "2 of them"
    rf"(?P<n>\d{{1,2}})\s+of\s+(?:them|us|(?:the|our|my)\s+[a-z-]+)"
    rf"|(?P<pair>{_OWNER}{_PAIR})"
    rf"|(?P<two>{_OWNER}{_REL}\s*(?:and|&|\+|n)\s*(?:(?:my|his|her|their)\s+)?{_REL})"
    rf"|(?P<one>{_OWNER}{_REL})"
)
_FOOD = (
    r"tofu\s*(?:and|&|\+|n)\s*(?:veggies|vegetables|veg)|(?:veggies|vegetables|veg)\s*(?:and|&|\+|n)\s*tofu"
)
# the words that name the plate's proteins ("the chicken and steak"): whatever they are, tofu and
# vegetables for both portions replace both
_PLATE_WORDS = frozenset({
    "chicken", "steak", "ny strip", "strip", "filet", "filet mignon", "shrimp", "salmon",
    "lobster", "lobster tail", "scallops", "meat", "beef", "fish", "seafood",
})  # fmt: skip
_PLATE = "(?:" + "|".join(sorted(_PLATE_WORDS, key=len, reverse=True)) + ")"


_NAMED = re.compile(
    rf"\b(?:{WHO})\s+"
    r"(?:(?:is|are|'s|'re|r)\s+(?:now\s+|both\s+|also\s+|all\s+)?(?P<diet>vegan|vegetarian)"
    r"|(?:went|turned|became|have\s+gone|has\s+gone)\s+(?P<went>vegan|vegetarian)"
    r"|(?:don'?t|dont|do\s+not|doesn'?t|doesnt|does\s+not|can'?t|cant)\s+eat\s+(?:any\s+)?meat)"
    r"(?:\s+now)?(?:[\s,.!:;-]*(?:lol|haha|lmao|now|btw)\b)*[^\w\n]{0,6}"
    r"(?:so\s+)?(?:(?:can|could)\s+(?P<asker>they|those\s+(?:\d{1,2}|two)|these\s+(?:\d{1,2}|two)|both|"
    r"she|he|the\s+(?:\d{1,2}|two)\s+of\s+them)\s+(?:both\s+|just\s+)?(?:have|get|do)\s+)?"
    rf"(?:just\s+)?(?P<food>{_FOOD})"
    r"(?P<whom>\s+for\s+(?:them|her|him|both|those\s+(?:\d{1,2}|two)|the\s+(?:\d{1,2}|two)\s+of\s+them))?"
    # instead of nothing said, of both, or of the two proteins of the plate
    r"(?:\s+instead(?:\s+of\s+(?:both|their\s+(?:plates?|food|proteins?|meal)|"
    rf"(?:the\s+)?{_PLATE}\s*(?:and|&|\+|/|\bn\b)\s*(?:the\s+)?{_PLATE}))?)?"
    r"(?:\s+for\s+(?:them|her|him|both|those\s+(?:\d{1,2}|two)))?"
    # nothing more of the food after: an end, a courtesy or the rest of the party
    r"(?=\s*(?:[?.!,;\n]|$|(?:pls|please|plz|thanks|thx|rest|everyone|everybody|the\s+rest)\b))"
)  # fmt: skip


def count_of(m: re.Match[str]) -> int:
    """How many the words of `WHO` matched count ("my aunt and uncle": 2)."""
    if m["n"]:
        return int(m["n"])
    return 1 if m["one"] else 2


def _agrees(m: re.Match[str], count: int) -> bool:
    """Every number said of them after ("those 2", "both") is their count."""
    said = " ".join(filter(None, (m["asker"], m["whom"])))
    numbers = [2 if n == "two" else int(n) for n in re.findall(r"\d{1,2}|two", said)]
    if re.search(r"\bboth\b", said) and count != 2:
        return False
    if m["asker"] in ("she", "he") and count != 1:
        return False
    return all(n == count for n in numbers)


def diet_named(text: str) -> str:
    """Normalized `text` with the named or counted guests gone vegan or vegetarian and their
    tofu and vegetables in place of their plate written as "N of them are vegan so tofu and
    vegetables for them"."""
    if "tofu" not in text:
        return text  # speed
    chars = list(text)
    for m in _NAMED.finditer(text):
        count = count_of(m)
        if not _agrees(m, count):
            continue
        diet = m["diet"] or m["went"] or "vegetarian"
        verb = "is" if count == 1 else "are"
        said = f"{count} of them {verb} {diet} so {m['food']} for them"
        if len(said) <= m.end() - m.start():
            chars[m.start() : m.end()] = said.ljust(m.end() - m.start())
    return "".join(chars)
