"""A party listed in pieces over a burst of short messages (Instagram, Messenger): lines that each
add people, a heading naming who they are ("grown ups: me + my husband + grandma", "us: me + my
wife", "kids: ...") or people joined by "+" ("the birthday boy + 3 friends (all 4) and 3 of their
dads", "the twins + 4 friends from daycare (all 3)"), are the lines of one list: joined into one
message, after the occasion sent right before them ("party for my son's 4th birthday 🦖", "quote
for my twins 3rd birthday"), which gives the honoree's age. Inside the list joined,
the burst's shorthand is written as the single message's list writes it: "the birthday girl + 2
friends" is her 2 friends, "their 4 moms" 4 of their moms, "his big sister 9" his sister (9).
A heading's lines one under another ("grown ups:\nme + my bf\nmom + her husband\nmy 2 titas",
"kiddos:\nmy nephew (11)") are items of the list: "mom" opening one is the writer's mom, "my 2
sisters" under "grown ups:" grown by the heading.
A line that counts again ("10 adults", then "wait 12") is no line of people: a correction, left
to `burst_counts`. Only customer messages with no business reply between, never the last one
(the message being answered)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.turns import Turn

# "grown ups: me + my wife", "us: me, my husband", "kids: the birthday boy + 3 friends (all 4)"
_HEADING = re.compile(
    # ("kiddos:\nmy nephew (11)\nmy niece (6)": a heading over lines of its own)
    r"^\s*(?:grown[- ]?ups|adults|parents|us|kids|the kids|children|little ones|kiddos|kiddies)"
    r"\s*:\s*(?=(?:me|my|our|the|his|her|grandma|grandpa)\b)",
    re.IGNORECASE,
)
# "the birthday boy + 3 friends from daycare (all 4) and 3 of their dads", "me + my wife", "the
# twins + 4 friends (all 3)" (the twins named, as the honoree is, their age the occasion's)
_PLUS_PEOPLE = re.compile(
    r"^\s*(?:me|my\s+[a-z]+|the\s+(?:birthday|bday|b-day)\s+(?:boy|girl)|grandma|grandpa"
    r"|(?:the|our)\s+(?:(?:birthday|bday|b-day)\s+)?twins)"
    r"\s*\+\s*(?:my\s+|his\s+|her\s+|our\s+|\d{1,3}\s+)?[a-z]",
    re.IGNORECASE,
)
# what no line of people holds: a ZIP, a question, a count of guests by band (a line that counts
# is a count or a correction, `burst_counts`'; a relation's own, "their 2 kids (4 and 9)", is a
# part of the list), a food choice
_NOT_PEOPLE = re.compile(
    r"\d{5}|\?|(?<!their )(?<!his )(?<!her )(?<!our )(?<!my )"
    r"\b\d{1,3}\s+(?:adults|kids|children|people|ppl|guests|total)\b"
    r"|\b(?:chicken|shrimp|steak|strip|filet|salmon|scallops|lobster|tofu|veggies|protein)",
    re.IGNORECASE,
)
# a parent or grandparent opening a line of the writer's list bare: "mom + her husband" is the
# writer's mom, as "grandma" is the writer's grandma
_BARE_KIN = re.compile(r"^(mom|mum|mommy|dad|daddy|mama|papa|stepmom|stepdad)\b", re.IGNORECASE | re.M)
# a heading saying its lines are grown-ups, and a line of relations of a number and no age under
# it ("grown ups:\n...\nmy 2 sisters"): adults by the heading, as "2 of my adult sisters" says
_GROWN_HEADING = re.compile(r"^\s*(?:grown[- ]?ups|adults)\s*:", re.IGNORECASE)
_SOME_KIN = re.compile(r"^(my|our)\s+(\d{1,2})\s+([a-z]+s)$", re.IGNORECASE)
# the occasion sent right before the list: whose party, and the age ("my son's 4th birthday")
_OCCASION = re.compile(r"\b(?:birthday|bday|b-day|party)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\d{5}|\?|\b\d{1,3}\s+(?:adults|kids|children|people|ppl|guests)\b", re.I)

# "the birthday girl + 2 friends": the honoree's friends ("her 2 friends"), not others'
_HONOREE_PLUS = re.compile(
    r"\b(the\s+(?:birthday|bday|b-day)\s+(girl|boy))\s*(?:\+|&|and|plus)\s*(?=\d{1,3}\s+(?!of\b)[a-z])",
    re.IGNORECASE,
)
# "their 4 moms": 4 of the friends' parents
_THEIR_N = re.compile(r"\btheir\s+(\d{1,2})\s+(moms|dads|parents|mothers|fathers)\b", re.IGNORECASE)
# "his big sister 9", "her big cousins 8 and 11", "his cousin 10": a relation and bare ages, the
# item's end right after
_RELATION_AGES = re.compile(
    r"\b(his|her)\s+(?:(?:big|little|lil|older|younger|baby)\s+)?"
    r"((?:sister|brother|cousin|sis|bro)s?)\s+(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)"
    r"(?=\s*(?:$|[,.;!]|\+|\band\b|\bplus\b))",
    re.IGNORECASE,
)


def _people_line(text: str) -> bool:
    """Whether a message is a line of a list of people: a heading, or people joined by "+"."""
    return bool(_HEADING.match(text) or _PLUS_PEOPLE.match(text)) and not _NOT_PEOPLE.search(text)


def _writer_again(lines: Sequence[Turn]) -> bool:
    """Whether two lines both open with the writer ("me + hubby + 3 kids", then "me + hubby + 4
    kids"): the list said again, corrected, not one list in pieces."""
    return sum(1 for _, t in lines if re.match(r"\s*(?:[a-z ]+:\s*)?me\b", t, re.I)) > 1


def _as_one_list(text: str) -> str:
    """The burst's shorthand inside the joined list written as one message's list writes it, its
    headings dropped (the relations say who is grown)."""
    grown = _GROWN_HEADING.match(text) is not None
    text = _HEADING.sub("", text)
    # the heading's lines one under another ("me + my bf\nmom + her husband"): items of the list
    lines = [_BARE_KIN.sub(r"my \1", line.strip()) for line in text.splitlines() if line.strip()]
    if grown:  # "grown ups:\n...\nmy 2 sisters": grown, as the heading says
        lines = [_SOME_KIN.sub(r"\2 of \1 adult \3", line) for line in lines]
    text = ", ".join(lines)
    text = _HONOREE_PLUS.sub(
        lambda m: f"{m.group(1)}, {'her' if m.group(2).lower() == 'girl' else 'his'} ", text
    )
    text = _THEIR_N.sub(r"\1 of their \2", text)
    return _RELATION_AGES.sub(r"\1 \2 (\3)", text)


def party_joined(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` ((role, text), oldest first) with a run of two or more customer messages that are
    lines of people (the last turn never one) joined into one message, onto the occasion sent right
    before them; everything else as it is."""
    out: list[Turn] = []
    i = 0
    while i < len(turns):
        j = i
        while j < len(turns) - 1 and turns[j][0] == "customer" and _people_line(turns[j][1]):
            j += 1
        if j - i < 2 or _writer_again(turns[i:j]):
            out.append(turns[i])
            i += 1
            continue
        joined = ", ".join(_as_one_list(t.strip().rstrip(".,")) for _, t in turns[i:j])
        before = out[-1][1].strip() if out and out[-1][0] == "customer" else ""
        if _OCCASION.search(before) and not _COUNTED.search(before):
            stop = " " if before.endswith((".", "!")) else ". "
            out[-1] = ("customer", f"{before}{stop}{joined}")
        else:
            out.append(("customer", joined))
        i = j
    return out
