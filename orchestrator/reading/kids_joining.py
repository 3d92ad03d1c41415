"""Kids said to join, the joining words anywhere in their sentence: "My brother's two girls (6 and
9) can join us as well", "my cousin's kids are coming as well, 3 and 9" after an order with kids
(round q85m). Kids who join are added to the party quoted, never put in place of its kids: when
who they are leaves open whether they are among the kids counted, the count is asked (in addition,
or in all?); `added_by_other_ages` adds them when their ages and the order's are all told and
none alike. A sentence that says the count is the new one ("so 5 kids now", "actually", "only")
joins no one: it is read as it says."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

_KID_WORD = (
    r"(?:kids?|children|child|girls?|boys?|daughters?|sons?|nieces?|nephews?|grandkids?"
    r"|grandchildren|twins|little ones?|toddlers?|bab(?:y|ies)|ni[nñ]os?|ni[nñ]as?)"
)
_KIDS = re.compile(rf"\b{_KID_WORD}\b")
# words that say the kids come beside those counted: "as well", "too", "also", "can join us",
# "are coming", "will be joining", "is bringing her 2 daughters"
_JOINING = gated(re.compile(
    r"\b(?:too|also|as well|plus|another|adding|add"
    r"|(?:can|could|will|would like to|want to|wants to|are able to|get to)\s+(?:also\s+)?"
    r"(?:come|join|make it|be there|tag along)"
    r"|(?:are|is|r|will be|re|s)\s+(?:also\s+)?(?:coming|joining|tagging along)"
    r"|bringing|after all)\b"
))  # fmt: skip
# words that make the count the new one, or take kids out: read as they say, never as joiners
_NEW_COUNT = re.compile(
    r"\b(?:now|total|in all|altogether|actually|instead|only|just|not|no longer|anymore"
    r"|correction|update|updated|make (?:it|that)\s+\d|change|cant|can't|cannot|won't|wont)\b"
    # the kids' new count said ("she's 10, so it's 5 kids", "that's 4 kids"), or none ("no kids
    # after all"): set 176 fn078 and 64 bf008, asked by the merged reading
    rf"|\b(?:it'?s|that'?s|thats|so|making it|makes it|=)\s+\d{{1,2}}\s+{_KID_WORD}\b"
    rf"|\b(?:no|0|zero)\s+(?:more\s+)?{_KID_WORD}\b"
    # "I forgot my niece! She's 10, so it's 5 kids": the whole said after the one forgotten
    # (q85x: 176 fn078)
    r"|\bso\s+(?:it'?s|its|it is|that'?s|thats|we'?re|were|we are)\s+\d"
    r"|\b(?:that|which)\s+makes?\s+(?:it\s+)?\d|\bmaking\s+(?:it|that)\s+\d"
)


def kids_join_said(text: str) -> bool:
    """Whether normalized `text` has a sentence naming kids with a joining word and no word that
    makes its count the new one."""
    for sentence in re.split(r"[.;!?\n]+", text):
        if _KIDS.search(sentence) and _JOINING.search(sentence) and not _NEW_COUNT.search(sentence):
            return True
    return False


def new_count_said(text: str) -> bool:
    """Whether normalized `text` says its count is the new one ("its 3 kids not 2", "Correction:
    my sister's kids are 11 and 8", "update: 2 more coming")."""
    return bool(_NEW_COUNT.search(text))
