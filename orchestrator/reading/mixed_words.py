"""Guest words of a message written partly in another language, rewritten as the English the
readers know: a Vietnamese count of adults with its English word after it ("12 người lớn
(adults)", unaccented "12 ngu i l n (adults)" or "12 nguoi lon") is "12 adults", its kids ("4 trẻ
em (kids): 11, 9, 5, 2 tuổi") "4 kids: 11, 9, 5, 2 years old", its little ones with their ages ("2 bé
(8 tuổi và 4 tuổi)") "2 kids (8 and 4 years old)", and a Spanish baby told in months
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
# "2 bé (8 tuổi và 4 tuổi)", unaccented "2 be (": bé (little ones, kids of any age) counted, their
# ages told right after in brackets or a colon (the ages say which band each is in), as "2 kids"
_VIET_LITTLE = re.compile(r"\b(\d{1,2})\s+be\b(?=\s*[(:]\s*\d)")
# each age told in years, then a comma or "và" (and), unaccented "va", and the next age told in
# years ("8 tuổi và 4 tuổi"): one list of ages, its years said once at its end ("8 and 4 tuổi"),
# as the list reader reads it
_VIET_AND = re.compile(r"(?<=\d)\s+tu\s?o?i\s*(?:(,)|\s+va)\s+(?=\d{1,2}\s+tu\s?o?i\b)")
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
        text = _VIET_AND.sub(lambda m: ", " if m.group(1) else " and ", text)
        text = _VIET_YEARS.sub(" years old", text)
    if " be" in text:
        text = _VIET_LITTLE.sub(r"\1 kids", text)
    if "meses" in text:
        text = _BABY_MONTHS.sub(r"\1and the baby who is \2 months", text)
    return text
