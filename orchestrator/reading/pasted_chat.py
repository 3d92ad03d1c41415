"""A pasted chat summed up by the writer: the chat's lines ("Mom: filet and lobster for
everybody", "Me: salmon or scallops?") are the talk that led to the order, and the line after
them that begins "so" ("so yeah filet + lobster for 12 adults, 95864", "So total 9 adults and 2
kids") is the order itself. The chat is blanked (same length) so its people, choices and foods
are not read as the order's."""

from __future__ import annotations

import re

# A chat line: a speaker's short name, a colon, the words ("Tito Ben: me, Tita Cora and Kuya Jun")
_SPEAKER = re.compile(r"[a-z][a-z.']{0,14}(?: [a-z][a-z.']{0,14}){0,2}:\s*\S")
# Labels of a form's fields, never a speaker ("Adults: 10", "Zip: 95823")
_FIELD = re.compile(
    r"(?:name|date|event|adults?|kids|children|guests?|proteins?|zip|zip code|phone|email|notes?|"
    r"address|time|location|subject|add-ons?|addons?|total|headcount|budget|occasion|party)\s*:"
)
# A number of the chat the summing up must say again: no price ("mom lobster is $15 more each",
# "$15.00") and no ordinal ("its my 60th"), which count no one
_COUNTED = re.compile(r"(?<![\d$.])\d+(?!\d|\.\d|st\b|nd\b|rd\b|th\b)")
# The writer's summing up after the chat, with a count in it
_SUMMARY = re.compile(r"so\b(?: yeah| ok| total|,)*\s[^\n]*\d")


def pasted_chat(text: str, catalog_word: re.Pattern[str]) -> str:
    """`text` (lower case) with the lines of a pasted chat blanked when a line beginning "so"
    with a number sums it up after two or more speakers' lines, says again every number of the chat
    (a count or an age the summing up leaves out is asked; a price or an ordinal counts no one)
    and names the food itself (else the chat may hold the choice: asked); lines before the chat
    with no number (its introduction, "lol this is how my mom orders:") go with it."""
    if text.count(":") < 2 or "so" not in text:
        return text  # cheap gate: two speakers' lines and a summing up
    lines = text.split("\n")
    speakers = [i for i, line in enumerate(lines)
                if _SPEAKER.match(line.strip()) and not _FIELD.match(line.strip())]  # fmt: skip
    if len(speakers) < 2:
        return text
    last = speakers[-1]
    after = [i for i in range(last + 1, len(lines)) if lines[i].strip()]
    if not after or not _SUMMARY.match(lines[after[0]].strip()):
        return text
    if not catalog_word.search("\n".join(lines[after[0] :])):
        return text  # "so 10 adults, 95630": the foods were only in the chat
    summary = lines[after[0]]
    said = set(_COUNTED.findall("\n".join(lines[speakers[0] : after[0]])))
    if not said <= set(re.findall(r"\d+", summary)):
        return text  # "Ken: me, Ivy and our 2 (7 and 10)\nso 6 adults 2 kids (7, 12)": asked
    first = speakers[0]
    blank = [i for i in range(first) if not re.search(r"\d", lines[i])]
    blank += list(range(first, after[0]))
    for i in blank:
        lines[i] = " " * len(lines[i])
    return "\n".join(lines)
