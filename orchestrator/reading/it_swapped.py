"""A swap whose old protein is named by "it" after a sentence about that protein: "Lobster is a
bit much for the budget, swap it for shrimp please", "the filet is too pricey, can we change it to
chicken?". The clause says why, and which one "it" is; it is written as the swap the readers know
("swap the lobster for shrimp"); an interjection may open it and an emoji stand before the ask
("omg lobster is a bit much for the budget 😅 swap it for shrimp pls"). Only a protein word
opens the clause ("the price is a bit much, swap it for shrimp" keeps its words: which one?
asked), and only a clause of cost or of too much."""

from __future__ import annotations

import re

_PROTEIN = (
    r"lobster(?: tails?)?|filet(?: mignon)?|ny strip(?: steak)?|strip steak|steak|scallops|salmon|"
    r"shrimp|chicken|tofu|veggies|vegetables"
)
_IT_SWAPPED = re.compile(
    rf"(?:^|(?<=[.!?\n]))\s*(?:(?:ok|okay|hmm|actually|so|omg|oh|ugh|honestly|welp|lol)\W+)*(?:the\s+)?({_PROTEIN})\s+"
    r"(?:is|are|'s|seems?)\s+(?:a (?:bit|little)|way|too|kinda|kind of|pretty|just|a tad)?\s*"
    r"(?:too\s+)?(?:much|pricey|expensive|spendy|steep|over (?:the |our )?budget)"
    # (an emoji or a dash before the ask: "... for the budget 😅 swap it")
    r"(?:\s+for\s+(?:the|our|my)\s+budget)?[^\w\n]*"
    r"(?:so\s+)?(?:(?:can|could)\s+(?:you|we)\s+|let'?s\s+|please\s+|pls\s+)?"
    r"(swap|switch|change|replace|sub)\s+it\s+(?:out\s+)?(for|with|to)\s+"
)


def it_swapped(text: str) -> str:
    """`text` (lower case) with "lobster is a bit much, swap it for shrimp" written "swap the
    lobster for shrimp"."""
    if " it " not in text:
        return text
    return _IT_SWAPPED.sub(lambda m: f"{m.group(2)} the {m.group(1)} {m.group(3)} ", text)
