"""Guests of the party gone vegan or vegetarian, with tofu or vegetables asked for them in place of
their plate: "one of the girls went vegan lol can she get tofu instead of both? everyone else
same", "2 of the girls are vegan now 🌱 tofu instead of both for them pls, rest same" (round q85g,
blind 184 fv001). They are some of the party ("of the girls": of those counted, no group of its
own) and the food is their whole plate ("instead of both": both their portions), as "2 of them
are vegan so tofu for them" says, which the readers place (`meatless_plates`); the words are
written so (same length, the rest blanked).

Only a count "of the <group>" (or "of them", "of us") said to be vegan or vegetarian, then tofu,
vegetables or both, for them or instead of both (or of nothing said), nothing else between."""

from __future__ import annotations

import re

_DIET = re.compile(
    r"\b(?P<n>\d{1,2})\s+of\s+(?:(?:the|my|our)\s+[a-z]+|them|us)\s+"
    r"(?:went|is|are|r|turned|has gone|have gone|is now|are now)\s+(?P<diet>vegan|vegetarian)"
    r"(?:\s+now)?(?:\s+(?:lol|haha|lmao))?\s*[,.!]?\s*"
    # how the food is asked: "so", "can she get", or right after
    r"(?:so\s+|(?:can|could)\s+(?:she|he|they)\s+(?:get|have|do)\s+)?"
    # ("tofu & veggies", "veggies and tofu", and "for those 2" of the same count: round q86f)
    r"(?P<food>tofu\s*(?:and|&|\+|n)\s*(?:veggies|vegetables)|(?:veggies|vegetables)\s*(?:and|&|\+|n)\s*tofu|"
    r"tofu|veggies|vegetables)"
    r"(?P<whom>(?:\s+instead\s+of\s+both|\s+for\s+(?:her|him|them|(?:those|the)\s+(?P=n)\b)){1,2})"
    r"(?:\s+(?:pls|please|plz))?"
)


def diet_plates(text: str) -> str:
    """Normalized `text` with the guests gone vegan or vegetarian and their food written as "N of
    them are vegan so tofu for them"."""
    if "vege" not in text and "vegan" not in text:
        return text  # speed
    chars = list(text)
    for m in _DIET.finditer(text):
        said = f"{m['n']} of them are {m['diet']} so {m['food']} for them"
        if len(said) <= m.end() - m.start():
            chars[m.start() : m.end()] = said.ljust(m.end() - m.start())
    return "".join(chars)
