"""The answer to the business's "How many of the 24 are vegan, and what would they like instead?":
"5 of them. They'd want tofu and vegetables, and the other 19 NY strip and shrimp" (round q86f,
blind 187 fy045). The count opening the answer is the guests of the diet the question names; it is
written with it ("5 of them are vegan, they'd want tofu and vegetables, ..."), the form the
meatless readers count and give their choices to (`phrases.meatless_guests`, `meatless_choices`).
Read as written, the 5 was a number the order did not place, and the choices everyone's.

Only a count that opens the answer (after a word of assent), of no more guests than the question
names; anything else is left as it was (the readers and the net read it)."""

from __future__ import annotations

import re

# the reply's question: "How many of the 24 are vegan", "how many of your guests are vegetarian?"
_QUESTION = re.compile(
    r"\bhow many (?:of (?:the (?P<n>\d{1,3})(?: [a-z]+)?|your (?:guests|group|party|team)|them) )?"
    r"(?:are|will be) (?P<diet>vegan|vegetarian)\b",
    re.IGNORECASE,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_ANSWER = re.compile(
    r"^\W*(?:(?:ok|okay|so|sure|hi|hello|yes|thanks|thank you)\W+)*(?:(?:just|only)\s+)?"
    rf"(?P<t>\d{{1,3}}|{'|'.join(_WORDS)})"
    r"(?:\s+of\s+(?:them|us|the\s+[a-z]+|our\s+[a-z]+)|\s+(?:people|guests|ppl|total))?"
    # the count ends its sentence or clause ("5 of them.", "5 - they'd want ...", "just 3")
    r"(?P<end>\s*(?:[.,;:!]+|\s-+)\s*|\s*\Z)",
    re.IGNORECASE,
)


def diet_answer(asked: str, text: str) -> str | None:
    """The customer's `text` with the count opening it written as the guests of the diet the
    business's `asked` question names ("5 of them are vegan, ..."), or None."""
    question, answer = _QUESTION.search(asked), _ANSWER.match(text)
    if question is None or answer is None:
        return None
    said = answer["t"].lower()
    count = int(said) if said.isdigit() else _WORDS[said]
    if count == 0 or (question["n"] and count > int(question["n"])):
        return None  # "30" of 24: not the few asked about
    rest = text[answer.end() :]
    return f"{count} of them are {question['diet'].lower()}" + (f", {rest}" if rest else "")
