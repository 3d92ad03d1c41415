"""Why an earlier quote is gone back to, said as its price against a budget (round q86j, 188
fz085): "That's a bit much for the boosters' budget, let's go back to the first one", "the second
one is more than our church budget allows, so let's stick with the first quote", "thats too
pricey for the club lol". The reason asks for nothing; taken out, the message is the going back
alone (`earlier_quote.back_to_quote`), read as the earlier quote's order again. Words of an order
beside it ("too much, go back to the first one but add the sake") are never taken here."""

from __future__ import annotations

import re

# whose budget or purse: "for us", "for the boosters' budget", "for the club", "for our church"
_FOR_WHOM = (
    # (one word for whom only where the sentence ends: "for the kids, add the sake" keeps "add")
    r"(?:\s+for\s+(?:us|me|(?:the|our|my)\s+(?:[a-z]+(?:'s|s'|')?\s+){0,2}budget\b"
    r"|(?:the|our|my)\s+[a-z]+(?:'s|s'|')?(?=\s*(?:[,.!;]|$|lol\b|haha\b))))?"
)
# what is said to cost too much: "that's", "the second one is", "the lobster one is"
_SUBJECT = (
    r"(?:(?:that'?s|thats|it'?s|its|this\s+is|that\s+is|it\s+is|"
    r"(?:the\s+)?(?:second|2nd|new|latest|last|other)\s+(?:one|quote|option)\s+is|"
    r"that\s+one\s+is)\s+)?"
)
_DEGREE = r"(?:(?:a\s+(?:bit|little|lot)|way|kinda|kind\s+of|too|rather|just|much)\s+)*"
_COST = r"(?:much|pricey|expensive|steep|high|rich|over\s+budget)"
_PRICE_REASON = re.compile(
    rf"\b{_SUBJECT}{_DEGREE}{_COST}{_FOR_WHOM}"
    # "more than our church budget allows", "over the club's budget"
    rf"|\b{_SUBJECT}(?:more\s+than|over|above|beyond|outside(?:\s+of)?)\s+(?:the|our|my)\s+"
    r"(?:[a-z]+(?:'s|s'|')?\s+){0,2}?budget(?:\s+(?:allows|can\s+(?:handle|take|do)))?"
    # thanks for the quotes ("thanks for both", "thank you for both quotes"), "so" joining the
    # reason to the going back
    r"|\bthank(?:s|\s+you)\s+for\s+(?:both|the\s+two|the\s+quotes|both\s+quotes)\b|\bso\b"
)


# an email's name signed under the message ("...\n\nCoach Hernandez", "\n\nPastor Mike")
_NAME_SIGNED = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][a-z'.-]+(?:[ \t]+[A-Z][a-z'.-]+){0,2}[ \t]*\Z")


def without_price_reasons(text: str) -> str:
    """Lower-case `text` with its reasons of price against a budget and a name signed under it
    blanked."""
    return _PRICE_REASON.sub(" ", _NAME_SIGNED.sub(" ", text.rstrip()).lower())
