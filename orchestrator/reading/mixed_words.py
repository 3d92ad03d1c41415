"""Guest words of a message written partly in another language, rewritten as the English the
readers know: a Vietnamese count of adults with its English word after it ("12 người lớn
(adults)", unaccented "12 ngu i l n (adults)" or "12 nguoi lon") is "12 adults", its kids ("4 trẻ
em (kids): 11, 9, 5, 2 tuổi") "4 kids: 11, 9, 5, 2 years old", and a Spanish baby told in months
in a list of ages ("9, 7, 6, 3 y el bebé de 6 meses", "y el baby de 9 meses") is "and the baby
who is 6 months", which the list reader counts as a kid 5 and under. A baby with no age ("8, 6 y
el bebé") is left as it is, and the checks ask. Takes lower-case, unaccented text with number
words written as digits."""

from __future__ import annotations

import re

# "12 ngu i l n (adults)", "12 nguoi lon": người lớn (grown-ups), accents dropped by the normalizer
_VIET_ADULTS = re.compile(r"\b(\d{1,3})\s+ngu\s?o?i\s+l\s?o?n\b(?:\s*\(\s*adults?\s*\))?")
# "4 trẻ em (kids)", unaccented "4 tr  em (kids)" or "4 tre em": trẻ em (children), as "4 kids"
_VIET_KIDS = re.compile(r"\b(\d{1,2})\s+tr\s?e?\s+em\b(?:\s*\(\s*(?:kids?|children)\s*\))?")
# "11, 9, 5, 2 tuổi" (unaccented "tu i", "tuoi"): years of age after a list of ages
_VIET_YEARS = re.compile(r"(?<=\d)\s+tu\s?o?i\b")
# "y el bebe de 6 meses", "y el baby de 9 meses": the youngest of a list of ages, in months
_BABY_MONTHS = re.compile(
    r"(?<=\d)(\s*,?\s*)(?:y|and)\s+(?:el|la|mi|nuestro|nuestra)\s+(?:bebe|baby|bebita|bebito)"
    r"\s+de\s+(\d{1,2})\s+meses\b"
)


def mixed_words(text: str) -> str:
    """`text` with the Vietnamese adults' count and a Spanish baby's age in months written as
    English guest words."""
    if "ngu" in text:
        text = _VIET_ADULTS.sub(r"\1 adults", text)
    if "em" in text and "tr" in text:
        text = _VIET_KIDS.sub(r"\1 kids", text)
    if "tu" in text:
        text = _VIET_YEARS.sub(" years old", text)
    if "meses" in text:
        text = _BABY_MONTHS.sub(r"\1and the baby who is \2 months", text)
    return text
