"""The words of doubt the coverage net looks for (`coverage`): a negation the order may not
reflect, a choice between options, an undecided or a vague count. Split from `coverage` by size."""

from __future__ import annotations

import re

# "sure why not, add the show": a yes, no negation
NEGATION = re.compile(
    r"(?<!\bwhy )\b(?:no|not|nobody|no one|none|don't|dont|do not|without|skip|scratch|instead|swap|"
    r"rather|except|minus|nix|cancel|drop|remove|leave off|leave out|sin|nada de|nahi|nahin"
    r"|hold the(?!\s+(?:date|day|spot|slot|time|weekend|night|evening|\d)))\b"  # "to hold the date"
    r"(?!\s+of\s+(?:meat|beef|the meat))(?!\W+wait\b)"  # "no wait just ...": a correction opens
    # "dont skimp": more, not less
    r"(?!\s+(?:sure|decided|rush|hurry|worries|worry|problem|prob|pressure|stress|skimp)\b)"
    # "the sake thing if that's not too much, we're in 95826": a courtesy, nothing taken out
    r"(?!\s+too\s+(?:much|expensive|pricey)\b\s*(?:[.,!?;)\n]|$|(?:we|we're|i|i'm|thank|thanks|"
    r"our|please)\b))"
)
# "over" ending its clause: a thing ended ("tax season is over!!"), no choice; not "O'Brien"
# ("call or text": how to reach the writer, no choice of the order; "could you send over a quote?",
# "send the quote over when you can": a thing sent, no choice "over" another, round q73e)
CHOICE_NEAR = re.compile(
    r"\b(?:or(?!\s+(?:text|call|email|phone)\b)|(?<!call )(?<!text )(?<!email )or|either|"
    r"(?<!send )(?<!sent )(?<!send it )(?<!quote )(?<!estimate )(?<!pricing )"
    r"over(?![^\S\n]*(?:[!.,;)\n]|$))|vs|versus|o)\b(?!['’][a-z])")
CHOICE = re.compile(
    r"\b(?:haven't decided|havent decided|not decided|undecided|deciding|not sure|unsure|tbd|"
    r"maybe|might|possibly|perhaps)\b"
    # "a few of our partners may join as well": guests not settled as "might" says (round q82p);
    # "may" alone is the month as often
    r"|\bmay(?=\s+(?:also\s+|all\s+)?(?:come|join|make it|show up|tag along|be coming)\b)"
)
# A part of the order left for a later message ("chicken and um ... I'll get back to you on the
# second one", "let you know about the proteins"): the order is not whole yet
LATER = re.compile(
    r"\b(?:get back to (?:you|u|ya)|let (?:you|u|ya) know|tell (?:you|u|ya) later|decide later|"
    r"confirm later)\s+(?:on|about|with|re)\s+(?:the\s+)?(?:(?:second|2nd|other|third|3rd|last|"
    r"rest|remaining)\b|(?:proteins?|meats?|food|menu|entrees?)\b)"
)
MAY_COME = re.compile(r"\s+(?:also\s+|all\s+)?(?:come|join|make it|show up|tag along|be coming)\b")
COUNT_AFTER = re.compile(r"\s+(?:be\s+)?(?:(?:like|around|about|abt)\s+)?\d{1,3}\b")
VAGUE = re.compile(
    r"\b(?:some|a few|few|most|mostly|several|many|majority|a bunch|handful|a lot|couple|double|"
    r"triple|twice|seconds|thirds)\b"
)
# A hedge that is its whole sentence ("could we add 2 more people? maybe", "... ?? not sure yet",
# "Possibly."): it doubts the sentence before it, where the order's words are.
_LONE = re.compile(
    r"[^\S\n]*(?:(?:idk|but|so|hmm|well)[^\S\n,]*,?[^\S\n]+)?(?:" + CHOICE.pattern + r")"
    r"(?:[^\S\n]+(?:yet|lol|tho|though|haha|idk|still))*[^\S\n]*\Z"
)
_STOPS = ".;!?\n"
ADD_MORE = re.compile(r"\b(?:add|more)\b")  # "could we add 2 more? maybe": the party's size


def sentence_before_lone(text: str, sentence: tuple[int, int]) -> str:
    """The sentence before `sentence` of `text` when that one is a hedge alone ("... people?
    maybe"), else ""."""
    start, end = sentence
    if not _LONE.match(text[start:end]):
        return ""
    j = start
    while j > 0 and (text[j - 1] in _STOPS or text[j - 1] in " \t"):
        j -= 1
    floor = max(0, j - 200)
    return text[max(floor - 1, *(text.rfind(c, floor, j) for c in _STOPS)) + 1 : j]
