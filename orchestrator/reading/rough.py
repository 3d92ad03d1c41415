"""A rough count taken back for an exact one within the message ("we're about uh no exactly 32
adults", "around 25 adults, actually exactly 25", "maybe 18, no wait, exactly 18 adults"): the
exact number is the count, written in place of the rough one so no reader sees the rough word.
A rough count left standing ("about 32, maybe 35") stays rough and is asked. So is an exact count
taken back for another of the same guest word ("14 adults.. wait no, 16 adults" is "16 adults";
"14 adults, maybe 16" and "wait no, maybe 16 adults" are left to be asked), and a message opening
by taking back what was said before ("scratch that, 22 adults not 20") is a correction of the
count."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_GUEST = r"(?:adults?|kids?|children|people|guests?|ppl|persons|pax|folks)"
_ROUGH = (
    r"(?:about|around|approx\.?|approximately|roughly|~|maybe|probably|prob|possibly|i think|"
    r"like|como|unos|unas|aprox|aproximadamente)"
)
_FILLER = r"(?:(?:uh+|um+|er+|hmm+|ok|lol)[ ,.]+)?"
_TAKEN_BACK = (
    r"(?:no wait|no no|no|nope|actually|wait|i mean|sorry|correction|scratch that|let me check)"
)
_ROUGH_THEN_EXACT = re.compile(
    rf"\b{_ROUGH}\s*{_FILLER}(?:(\d{{1,4}})\s*({_GUEST})?\s*)?[,.;-]*\s*{_FILLER}{_TAKEN_BACK}"
    rf"[ ,.!-]+(?:{_TAKEN_BACK}[ ,.!-]+)?(?:it'?s\s+|we'?re\s+|its\s+|it is\s+)?"
    rf"(?:exactly|precisely)\s*:?\s*(\d{{1,4}})\b(\s*{_GUEST}\b)?"
)


def exact_after_rough(text: str) -> str:
    """`text` (lower case, number words as digits) with a rough count taken back for an exact one
    written as the exact count ("about uh no exactly 32 adults" is "32 adults")."""

    def exact(m: re.Match[str]) -> str:
        guest = m.group(4) or (f" {m.group(2)}" if m.group(2) else "")
        return f"{m.group(3)}{guest}"

    return _ROUGH_THEN_EXACT.sub(exact, text)


# "14 adults.. wait no, 16 adults", "10 adults no wait 12 adults lol", a voice keyboard's "16
# adults uh no 60 adults": the count after the words
# that take it back, of the same guest word, right after them; a bare number taken back for a
# counted one ("22 wait no 24 adults") is the same count said twice
# where a bare later number ends ("14 adults no wait 16 my cousins are coming": 16 adults; not
# "12 adults no wait 2 of them are kids")
_BARE_END = (
    r"(?=\s*(?:[,.;!?\n]|$|(?:my|our|his|her|their|because|since|cause|cuz|bc|sorry|lol|total|now|"
    r"then|and)\b))"
)
_COUNT_THEN_COUNT = gated(re.compile(
    rf"(?<![\d/.$:-])\b\d{{1,4}}\s*(?:({_GUEST})\b)?[ ,.;!-]*{_FILLER}"
    r"(?:wait\s*,?\s*no|no\s*,?\s*wait|scratch that|no(?=[ ,.!-]+\d))\b"
    rf"[ ,.!-]*(?:it'?s\s+|its\s+|make (?:it|that)\s+)?(\d{{1,4}})(?:\s*({_GUEST})\b|{_BARE_END})"
))  # fmt: skip


# "scratch that, 22 adults not 20", "wait no, 16 adults": a message opening by taking back what was
# said before, then the count said instead: a correction of the count ("correction, 22 adults")
_OPENS_TAKEN_BACK = gated(re.compile(
    rf"^\s*(?:(?:ok|oh|oops|sorry|hmm+|omg|ugh)\W+)*(?:scratch that|wait\s*,?\s*no|no\s*,?\s*wait)"
    rf"[ ,.;:!-]+(?=\d{{1,4}}\s*{_GUEST}\b)"
))  # fmt: skip


def count_taken_back(text: str) -> str:
    """`text` with an exact count taken back for another of the same guest word written as the
    later one alone ("14 adults.. wait no, 16 adults" and "14 wait no 16 adults" are "16 adults")."""

    def later(m: re.Match[str]) -> str:
        bare = not re.search(r"\b(?:wait|scratch)\b", m.group(0))  # "16 adults uh no 60 adults"
        if bare and (m.group(1) is None or re.search(r"[,.;!]", m.group(0))):
            return m.group(0)  # a bare "no" takes back only a count said with its word, no pause
        if m.group(3) is None:  # "14 adults no wait 16": the later count of the same word
            return f"{m.group(2)} {m.group(1)}" if m.group(1) and not bare else m.group(0)
        same = m.group(1) is None or m.group(1).rstrip("s") == m.group(3).rstrip("s")
        return f"{m.group(2)} {m.group(3)}" if same else m.group(0)

    return _COUNT_THEN_COUNT.sub(later, _OPENS_TAKEN_BACK.sub("correction, ", text))
