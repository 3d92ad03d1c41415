"""Words of another language that carry nothing of the order, taken out before the reading:
Tagalog's polite "po" closing a phrase ("3 families po, 4 adults per family"), and a word in
another script glossed in English right after it ("all 직원 (employees)": the gloss is the word),
ages said again in brackets with Korean's age counter ("7 and 10 (7살, 10살)"), and Vietnamese's
"và" (and), "tuổi" (years old, as the ages' own word) and polite "dạ", "ạ" ("dạ, 8, 8 và 4 tuổi ạ")."""

from __future__ import annotations

import re

# "po" ending a phrase after a word or a number, before a stop or the line's end ("families po,",
# "chicken and salmon po."): politeness, and it parts a count from its words
# (an emoji after it too: "3 months po 🙏", q84m)
_PO = re.compile(r"(?<=[a-z0-9])\s+po(?=\s*(?:[,.!?;\n]|$|[\u2600-\u27bf\U0001f300-\U0001faff]))")
# A word in another script with its English gloss in brackets after it: the gloss stands for it
# (letters of a script, never an emoji: "🎉 (pls dont remind me)" is an aside)
_SCRIPT = "\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_GLOSSED = re.compile(rf"[{_SCRIPT}]+(?: [{_SCRIPT}]+)*\s*\(\s*([a-z][a-z' -]{{1,30}}[a-z])\s*\)")


def without_po(text: str) -> str:
    """Lower-case `text` without the polite "po" closing its phrases."""
    return _PO.sub("", text) if " po" in text else text


def glosses_for_words(text: str) -> str:
    """Lower-case `text` with each word in another script that is glossed in brackets right
    after it ("직원 (employees)") replaced by its gloss ("employees")."""
    return _GLOSSED.sub(r"\1", text)


# Ages in brackets with Korean's age counter (살, 세), after the same ages: said twice, once read
_KOREAN_AGES = re.compile(r"\s*\(\s*(\d{1,2})\s*[살세](?:\s*,\s*\d{1,2}\s*[살세])*\s*\)")
_VIETNAMESE = {"và": "and", "tuổi": "", "dạ": "", "ạ": ""}
_VIETNAMESE_WORD = re.compile(r"(?<!\w)(?:và|tuổi|dạ|ạ)(?!\w)")


def ages_said_twice(text: str) -> str:
    """Lower-case `text` without a bracket of ages in Korean ("(7살, 10살)") right after the same
    ages in English ("they're 7 and 10"): the first age in the bracket said just before it."""

    def drop(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 30) : m.start()]
        return "" if re.search(rf"\b{m.group(1)}\b", before) else m.group(0)

    return _KOREAN_AGES.sub(drop, text)


def vietnamese_words(text: str) -> str:
    """Lower-case `text` with Vietnamese "và" as "and", and "tuổi" (years old, after an age: the
    ages read as bare numbers) and the polite "dạ", "ạ" out."""
    return _VIETNAMESE_WORD.sub(lambda m: _VIETNAMESE[m.group(0)], text)


# Tagalog kin words in an English list ("my kuya and his wife, Lolo and Lola, my 2 titas"): as the
# English the relation readers know, after whose they are or a count, or as a pair ("lolo and
# lola", "my tito and tita"); before a name they are a title ("Tito Ramon: count me and Tita Baby
# in"), left as they are
_TAGALOG_KIN = {"kuya": "brother", "tita": "aunt", "titas": "aunts", "tito": "uncle",
                "titos": "uncles", "lolo": "grandpa", "lola": "grandma"}  # fmt: skip
_KIN = r"(?:kuya|titas?|titos?|lolo|lola)\b"
_TAGALOG_WORD = re.compile(
    rf"(?:(?<=\bmy )|(?<=\bour )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bthe )|(?<=\d ))"
    rf"{_KIN}(?!\s+(?!and\b|at\b|&)[a-z]+\s*:)"
    r"|\b(?:lolo|tito)(?= (?:and|at|&) (?:lola|tita)\b)"
    r"|(?:(?<=lolo and )|(?<=lolo at )|(?<=lolo & ))lola\b"
    r"|(?:(?<=tito and )|(?<=tito at )|(?<=tito & ))tita\b"
)


def tagalog_kin(text: str) -> str:
    """Lower-case `text` with the Tagalog kin words ("kuya", "tita", "lolo and lola") in English."""
    if not ("kuya" in text or "tit" in text or "lol" in text):
        return text
    return _TAGALOG_WORD.sub(lambda m: _TAGALOG_KIN[m.group(0)], text).replace(
        "grandpa at grandma", "grandpa and grandma")
