"""Food emoji customers send for a protein: "can we get 🦞 for every1", "chicken and 🦐 for all".
An emoji that stands where the order's protein word would ("🦞 for everyone", "want 🍗 and 🍤",
"10 🦞") is read as that word, when the words do not name the protein already; beside the word
("salmon 🐟") it adds nothing; joined to one in a list ("🦞 and chicken") it is the list's. An emoji
elsewhere ("🦞🦞🦞 12 adults", "chicken 🦞") is no order: it is left for the doubts to ask about
(`food_emoji`, split from `doubts` by size).
Any emoji before a pronoun or a form's label ends the sentence ("turns 7 🎉 kids: 7 (him), 8"), and
so does one right after the ages all the guests are ("7 of us, all 21-22 🎓 chicken + shrimp") or
after ages told one by one ("the grandkids: 11, 9, 6, 4 and 2 ✨ chicken + scallops")."""

from __future__ import annotations

import re

# The catalog keys each emoji may stand for (🥩 for either steak: asked, as the word "steak" is)
STEAK = ("ny_strip", "filet_mignon", "steak")
EMOJI_PROTEINS: dict[str, tuple[str, ...]] = {
    "\U0001f99e": ("lobster_tail",), "\U0001f990": ("shrimp",), "\U0001f364": ("shrimp",),
    "\U0001f357": ("chicken",), "\U0001f414": ("chicken",), "\U0001f413": ("chicken",),
    "\U0001f969": STEAK, "\U0001f404": STEAK, "\U0001f41f": ("salmon",), "\U0001f420": ("salmon",),
}  # fmt: skip
# The word an emoji of one protein is read as, and the words that name it already (🥩 stays an
# emoji: "steak" would be asked about all the same)
_WORD = {"lobster_tail": "lobster", "shrimp": "shrimp", "chicken": "chicken", "salmon": "salmon"}
_NAMED = {"lobster": r"lobsters?", "shrimp": r"shrimps?|prawns?", "chicken": r"chickens?",
          "salmon": r"salmon|fish"}  # fmt: skip

_ONE = "[" + "".join(e for e, keys in EMOJI_PROTEINS.items() if len(keys) == 1) + "]"
# A run of food emoji joined as a list: "🍗 and 🍤", "🦞🦞"
_RUN = re.compile(rf"{_ONE}(?:\ufe0f)?(?:\s*(?:and|&|\+|,|n|/)?\s*{_ONE}(?:\ufe0f)?)*")
_PROTEIN_WORD = r"(?:chicken|shrimp|lobster|salmon|steak|filet|strip|scallops?|tofu|veg\w*)"
# The slot of a protein word: after a verb of ordering, a count or a protein joined to it
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:get|gets|getting|want|wants|do|doing|have|having|order|like|would like|serve)\s+"
    r"(?:the\s+|some\s+)?|(?<![\d/])\b\d{1,3}\s*(?:x\s*)?"
    rf"|\b{_PROTEIN_WORD}\s*(?:and|&|\+|,|n|/)\s*)$"
)
# ... or before whom it is for: "for everyone", "for all of us", "for the 12 of us", "each", "for the
# whole group of 12 adults"
_SLOT_AFTER = re.compile(
    # ("🦞 and 🍤 for the adults, 🍗 for the kids": a group's choice, as the words would be)
    r"\s*(?:for\s+(?:every|all|each|the\s+(?:(?:whole|entire)\s+)?(?:group|party|crew|table|team|family|\d)"
    r"|the\s+(?:adults|grown-?ups|kids|children)\b"
    r"|everyone|everybody|us\b|them\b|\d)"
    r"|each\b|x\s*\d|\(\d|pp\b|per (?:person|guest|head)\b"
    # ... or joined to a protein word after it, as in a list: "🦞 and chicken for everyone"
    rf"|(?:and|&|\+|,|/)\s*{_PROTEIN_WORD}\b)"
)


# An occasion named by its kind and the word for it ("family bbq", "hibachi night", "pool party")
_OCCASION_BEFORE = re.compile(
    r"\b(?:family|backyard|summer|pool|birthday|bday|holiday|office|team|block|hibachi|game|movie)\s+"
    r"(?:bbq|cookout|party|dinner|night|reunion|celebration|get[- ]?together)\s*$"
)


def emoji_as_words(text: str) -> str:
    """Lower-case `text` with the food emoji that stand in a protein's slot read as its word."""

    def read(run: re.Match[str]) -> str:
        before, after = text[max(0, run.start() - 30) : run.start()], text[run.end() : run.end() + 30]
        if not (_SLOT_BEFORE.search(before) or _SLOT_AFTER.match(after)):
            return run.group(0)

        def word(emoji: re.Match[str]) -> str:
            said = _WORD[EMOJI_PROTEINS[emoji.group(0)][0]]
            return " " if re.search(rf"\b(?:{_NAMED[said]})\b", text) else f" {said} "

        said = re.sub(_ONE, word, run.group(0))
        # after the occasion's name ("family bbq 🍗 and 🍤 for everyone") the emoji open the order,
        # as after a comma: no dish of the occasion's word ("bbq chicken", off the menu)
        return f", {said}" if _OCCASION_BEFORE.search(before) else said

    return _RUN.sub(read, text)


# The emoji blocks, for a character class (offers reads a yes with one after it)
EMOJI_RANGES = "\U0001f300-\U0001faff\u2600-\u27bf"
_EMOJI = EMOJI_RANGES
# A count that makes the sentence the party's total ("24 adults total", "so 8 adults", "32 people")
_TOTAL = r"\b\d{1,3}\s+(?:adults|people|guests|ppl|total)\b"
# An emoji that ends a sentence: before a pronoun ("sweet 16 \U0001f380 she + 12 of her friends":
# the pronoun heads the guest list) or a form's label ("my son turns 7 \U0001f389 kids: 7 (him), 8,
# 6": the 7 is his age, no count of kids)
_EMOJI_AS_STOP = re.compile(
    rf"(?<=[a-z0-9)!])\s*[{_EMOJI}][{_EMOJI}\ufe0f\u200d\s]*"
    # ... or "it'll be" opening the writer's list ("party for my daughter's 7th \U0001f984 it'll be me,
    # my husband, ...": the list read as after a stop; round q86g, 187 fy089)
    # the list not itself the party's total: "party for me and my fiance \U0001f48d it'll be 24 adults
    # total incl. us" and "(us + my parents) \U0001f942 it'll be us, my parents and 2 other couples, so 8
    # adults" count the people named before the emoji, as read without a stop (mend q86x: 136
    # dz076, 153 eq022, 158 ev064)
    rf"(?=(?:she|he|him|her)\b|(?:it'll be|itll be|it will be)\b(?![^.!?\n]*{_TOTAL})"
    r"|[a-z]+(?:\s+[a-z]+)?\s*:)"
    # ... or between a word and the count a list starts with ("shop guys \U0001f527 7 techs plus me"),
    # as a full stop would ("20 \U0001f64b adults" after a number stays a space)
    rf"|(?<=[a-z])\s*[{_EMOJI}][{_EMOJI}\ufe0f\u200d\s]*(?=\d{{1,3}}\s+[a-z])"
)


# ... or right after the ages all the guests are ("7 of us, all 21-22 \U0001f393 chicken + shrimp"):
# the ages end there, as at a full stop, and the number after "all" is no count of the food after it
_AGES_THEN_EMOJI = re.compile(
    # ... or after ages told one by one, the last after "and" ("the grandkids: 11, 9, 6, 4 and 2 ✨
    # chicken + scallops"): the 2 is an age, no count of the chicken
    rf"(\ball\s+(?:ages?\s+)?\d{{1,2}}(?:\s*(?:-|to)\s*\d{{1,2}})?"
    rf"|\b\d{{1,2}}(?:\s*,\s*\d{{1,2}})+\s*,?\s*(?:and|&)\s*\d{{1,2}})\s*[{_EMOJI}][{_EMOJI}\ufe0f\u200d\s]*"
    r"(?=[a-z])"
)


def emoji_as_stops(text: str) -> str:
    """`text` with an emoji that ends a sentence read as a stop; other emoji are left (elsewhere an
    emoji is a space: "20 \U0001f64b adults")."""
    text = _AGES_THEN_EMOJI.sub(lambda m: f"{m.group(1)}.{_after(m.group(0)[len(m.group(1)) :])}", text)
    return _EMOJI_AS_STOP.sub(lambda m: f".{_after(m.group(0))}", text)


# A text emoticon ("7 and 11 :)", "they're 9 and 4 :-)", "ages 5 and 11 :D", "<3"), after lower
# case: no word nor number of its own (a word or a digit right before it is a time or a label,
# "5:30", "kids:("). Read as the full stop it ends a sentence with, as an emoji is ("between 7 and
# 10 :) salmon and shrimp": the 10 is an age, no count of the salmon)
EMOTICON = r"(?<![\w:;=<])(?:[:;=]-?[)(dDpP]+|<3+)(?![\w(])"
_EMOTICON = re.compile(EMOTICON)


def emoticons_as_stops(text: str) -> str:
    """Lower-cased `text` with each text emoticon read as a full stop (as long as it was: spans
    hold)."""
    if ":" not in text and ";" not in text and "=" not in text and "<3" not in text:
        return text
    return _EMOTICON.sub(lambda m: ".".ljust(len(m.group(0))), text)


def _after(run: str) -> str:
    """What follows the stop an emoji `run` is read as: its line break when it has one ("Team party
    🏈\nPlayers: 14 (all 9-10)": the form's next line stays a line of its own), else a space."""
    return "\n" if "\n" in run else " "


def food_emoji(raw: str, named: set[str]) -> list[tuple[str, str]]:
    """A food emoji in the customer's `raw` text for a protein the words do not name (`named`:
    catalog keys read or taken out): the emoji alone is not an order, so the draft asks."""
    checks = []
    for emoji in dict.fromkeys(c for c in raw if c in EMOJI_PROTEINS):
        if not set(EMOJI_PROTEINS[emoji]) & named:
            checks.append(("proteins", f"a food emoji ({emoji}) the words do not name: which protein?"))
    return checks
