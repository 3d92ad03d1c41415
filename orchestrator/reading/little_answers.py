"""The answer to the business's "How many of the 6 kids are under 6?": "2 of them, the other 4
are 8-11", "Two of them are under 6 (they're 2 and 4), the other three are 7, 9 and 12.", "none of
them, they're all 7 to 10". The count opening the answer is the little ones of the kids the
question names; the others are the kids 6-12. It is written out as those two counts by band ("4
kids 6-12 and 2 kids under 6") so the readers take them as the kids' new counts. An answer whose
ages or counts do not fit (a little one aged 7, "the other 3" of 6 less 2, a kid of 13) or that
says more than the answer is left as it was (the readers and the checks read it)."""

from __future__ import annotations

import re

# the reply's question: "How many of the 6 kids are under 6?", "... of the 5 children are 5 and under?"
QUESTION = re.compile(
    r"\bhow many of the (\d{1,2}) (?:kids|children|little ones) (?:are|will be) "
    r"(?:under (?:6|six)|(?:5|five) (?:and|or|&) under)\b",
    re.IGNORECASE,
)
_WORDS = {"none": 0, "zero": 0, "no one": 0, "nobody": 0, "one": 1, "just one": 1, "only one": 1,
          "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}  # fmt: skip
_NUM = (r"(?:just |only )?\d{1,2}|none|zero|no one|nobody|(?:just |only )?one|two|three|four|"
        r"five|six|seven|eight")
_ANSWER = re.compile(
    rf"^\W*(?:(?:ok|okay|so|oh|sure|hi|yes|thanks|thank you)\W+)*(?P<t>{_NUM})"
    r"(?: of them| of the (?:kids|children))?(?: (?:is|are) (?P<little>[^.,;!\n]{1,40}))?"
    # "just one of them - our youngest is 3", "two - the twins are 4": who the little ones are
    r"(?:\s*[-\u2013\u2014,:]\s*(?:our|the|my|his|her) (?P<who>youngest|baby|little one|toddler|"
    r"twins) (?:is|are) (?P<little2>\d{1,2})\b)?"
    # "2 of them, theyre 2 and 4", "just 1, shes 3", "two (they're 3 and 5)": the little ones'
    # ages by a pronoun, as many as the count (q84m)
    r"(?:\s*[-\u2013\u2014,:(]\s*(?P<pron>they'?re|theyr|they are|she'?s|he'?s|she is|he is) "
    r"(?P<little3>\d{1,2}(?:(?:,\s*|\s+(?:and|&|n)\s+)\d{1,2})*)\)?)?"
    rf"(?:\s*[-\u2013\u2014.,;!]+\s*(?:and |but )?(?:(?:the )?(?:other|rest)(?: (?P<m>{_NUM}))?"
    r"(?: ones| kids)? (?:are|r|is) |they'?re all |they are all |all )(?P<older>[^.;!\n]{1,40}))?"
    r"[\s.!]*$",
    re.IGNORECASE,
)
_LITTLE_WORDS = re.compile(r"under (?:6|5|six|five)|(?:5|6|five|six) (?:and|&|or) under", re.IGNORECASE)


def _count(said: str | None) -> int | None:
    if said is None:
        return None
    said = re.sub(r"^(?:just|only) (?=\d)", "", said.lower())
    return int(said) if said.isdigit() else _WORDS.get(said)


def little_answer(question: str, text: str) -> str | None:
    """The kids by band ("4 kids 6-12 and 2 kids under 6") when customer `text` answers the
    business's `question` of how many of the kids are under 6, else None."""
    asked, answer = QUESTION.search(question), _ANSWER.match(text)
    if asked is None or answer is None:
        return None
    kids, little, others = int(asked[1]), _count(answer["t"]), _count(answer["m"])
    if little is None or little > kids or (others is not None and others != kids - little):
        return None
    if answer["who"] and little != (2 if answer["who"].lower() == "twins" else 1):
        return None  # "just one - the twins are 4": the little ones named are not that many
    little_ages = [int(n) for n in re.findall(r"\d+", _LITTLE_WORDS.sub(" ", answer["little"] or ""))]
    little_ages += [int(answer["little2"])] if answer["little2"] else []
    told = [int(n) for n in re.findall(r"\d+", answer["little3"] or "")]
    one = bool(answer["pron"]) and answer["pron"].lower()[0] in "sh"  # "she's", "he's": one kid
    if answer["pron"] and (len(told) != little or one != (little == 1)):
        return None  # "2 of them, shes 3": the ages told are not the little ones counted
    little_ages += told
    older_ages = [int(n) for n in re.findall(r"\d+", answer["older"] or "")]
    if any(n > 5 for n in little_ages) or any(not 6 <= n <= 12 for n in older_ages):
        return None  # "1 of them is 7": not a little one; "the others are 9 and 14": a teen
    parts = ([f"{kids - little} kids 6-12"] if kids > little else []) + (
        [f"{little} kids under 6"] if little else []
    )
    return " and ".join(parts)
