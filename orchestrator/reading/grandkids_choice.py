"""A choice given to the grandkids when they are the message's only young guests: "me and my
husband, our 3 grown sons and their wives, plus the grandkids: 11, 9, 6, 4 and 2. Lobster and filet
for the adults, chicken for the grandkids." The grandkids told by their ages, all under 13, are the
kids the order counts, so "for the grandkids" is "for the kids" (written so, same length, for the
protein reader). A message with other kids ("our kids", "2 children"; not "their 4 kids (all
grown)") or a grandkid of 13 or more (priced as an adult: with the adults' choice, or the kids'?)
keeps the words, and the net asks."""

from __future__ import annotations

import re

# the grandkids with their ages: "the grandkids: 11, 9, 6", "4 grandkids (13, 9, 7 and 2)"
_AGED = re.compile(
    r"\b(?:grandkids|grandchildren|grand kids)\s*(?:\(\s*|:\s*|,\s*|\s)"
    # "our 4 grandchildren, who are 10, 8, 6 and 3", "4 grandkids aged 9, 7 and 4" (round q86c)
    r"(?:ages?\s*:?\s*|aged\s+|who\s+are\s+|(?:they\s+are|they\s*'?re)\s+)?"
    r"(\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+)\b"
)
_FOR = re.compile(r"\bfor\s+(?:the|all\s+the|our|my)\s+(grandkids|grandchildren)\b")
# other young guests the words name: "our kids", "2 children", "my nephew" (not "our 3 grown
# sons", "our grown kids": adults)
_OTHER_YOUNG = re.compile(
    r"\b(?<!grown )(?<!adult )(?<!married )(?:kids?|children|child|kiddos?|little ones|boys|girls|"
    r"sons?|daughters?|nephews?|nieces?|cousins|toddlers?|bab(?:y|ies)|teens?|grandsons?|granddaughters?)\b"
    # "their 4 kids (all grown, that's us)": said grown in brackets, adults (round q85j)
    r"(?!\s*\(\s*(?:all|both)\s+(?:grown|adults?)\b)"
)


def grandkids_as_kids(text: str) -> str:
    """The text with "for the grandkids" written "for the kids" when the grandkids, told by their
    ages (all under 13), are the only young guests the words name, and are named so once before."""
    aged = _AGED.findall(text)
    if len(aged) != 1 or _OTHER_YOUNG.search(text):
        return text
    if any(int(age) >= 13 for age in re.findall(r"\d+", aged[0])):
        return text
    chars = list(text)
    for m in _FOR.finditer(text):
        start, end = m.span(1)
        chars[start:end] = "kids".ljust(end - start)
    return "".join(chars)
