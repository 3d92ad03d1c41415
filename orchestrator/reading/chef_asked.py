"""Food asked of the chef or the caterer: the net of `requested` with its own request words:
"can your chef make kebabs and saffron rice", "do you guys do brisket?", "would it be possible
for the chef to make paneer tikka", "¿pueden hacer carne asada?". What follows such a request is
asked for as food, whatever it is, so a thing there that neither the catalog nor what the dinner
includes explains is flagged whatever guest count stands beside it (the dish list,
orchestrator.dishes, routes the dishes it knows to staff). Not food asked for: a catalog order
asked the same way ("can you do filet and shrimp for 12?"), the dinner's own parts told how ("can
the chef make the fried rice extra garlicky"), more or less of what it has ("can u do extra
scallions on the rice"), a clause after the request ("can you do the 14th?")."""

from __future__ import annotations

import re

from orchestrator.reading.checks import Covered
from orchestrator.reading.occasions import OCCASIONS
from orchestrator.reading.requested import HARMLESS, Span, things, word_spans

_COOKS = r"(?:make|cook|do|grill|bbq|prepare|fix|serve|roast|smoke|fry|bake|bring|whip up|cater)"
_WHO = (
    r"(?:you|u|ya|y'all|yall|you guys|u guys|you all|your chef|ur chef|the chef|your chefs|"
    r"the chefs|your cook|the cook|he|she|they|your team|ur team)"
)
_ASK = re.compile(
    rf"\b(?:can|could|would|will|cld|can't|cant) {_WHO}(?: guys| all)?"
    rf"(?: (?:also|maybe|possibly|just|please|pls|still))? {_COOKS}\b"
    # "for the chef to make", "we'd like the chef to make", "hoping your chef can also make"
    rf"|\b(?:for|have|get|like|love|want|need|ask|asking|hoping|hope) (?:the|your|ur) (?:chef|cook)s?"
    rf" (?:to|can|could|will|would)(?: (?:also|maybe|possibly|just|please|pls))? {_COOKS}\b"
    rf"|\bdo (?:you|u|ya|y'all|yall)(?: guys| all)? (?:do|make|cook|serve|offer|cater)\b"
    r"|\b(?:pueden|podrian|puede|podria|puedes|podrias) (?:hacer|cocinar|preparar|traer|asar)\b"
)
# A second thing asked of the same chef in the same sentence: "could the chef do lobster and shrimp
# for everyone and then make s'mores at the end?" (q85c: the s'mores were quoted unflagged)
_THEN = re.compile(
    rf"(?:,\s*|\s)(?:and\s+(?:then\s+)?|then\s+|&\s+|\+\s+)(?:(?:also|maybe|possibly|just)\s+)?"
    rf"{_COOKS}\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# The thing asked of the chef: up to four words after an optional article, cut where the sentence says
# for whom, how many, when or instead of what.
_CHEF_THING = re.compile(
    r"[^\S\n]*(?:(?:a|an|the|some|any|us|up|me|una|un|unos|unas|el|la|los|las)\s+)*"
    r"([a-z][a-z'-]*(?:[^\S\n]+[a-z][a-z'-]*){0,3})"
)
_CHEF_ENDS = frozenset({
    "for", "on", "at", "in", "to", "too", "as", "if", "instead", "rather", "pls", "please", "plz",
    "or", "with", "w", "by", "from", "of", "so", "but", "then", "asap", "tho", "now", "again",
    "each", "per", "this", "that", "there", "here", "para", "por", "en", "like", "lol", "haha",
    "thanks", "thx", "ty", "also", "out", "near", "around", "up", "while", "when", "before",
    "after", "during",
    # where the chef cooks ("can the chef cook under a covered patio?"): a place, no food
    "under", "underneath", "beneath", "inside", "outside", "indoors", "outdoors",
})  # fmt: skip
# How the dinner's own food is made: no other food ("the fried rice extra garlicky").
_HOW = frozenset({
    "extra", "garlicky", "garlic", "spicy", "spicier", "mild", "milder", "crispy", "well", "done",
    "rare", "medium", "light", "lightly", "heavy", "less", "salty", "sweet", "hot", "plain",
    "double", "large", "big", "small", "little", "lots", "seasoned", "buttery", "saucy",
})  # fmt: skip
# More, less or none of what the dinner has: "can u do extra scallions on the rice", "could the
# chef do light onions", "can you do no mushrooms".
_MORE_OF = frozenset({"extra", "more", "less", "light", "double", "no", "without", "additional"})
# Words that join the things asked for ("kebabs and saffron rice", "carne asada y arroz").
_JOINS = frozenset({"and", "&", "y", "e", "plus"})
# What follows the request is no food: a date, a time, a thing done ("can you do the 14th",
# "can you bring the grill", "can you do that", "could he do it").
_NOT_FOOD = frozenset({
    "it", "that", "this", "them", "those", "these", "what", "something", "anything", "everything",
    "one", "both", "either", "same", "mine", "drive", "trip", "out", "travel", "events", "event",
    "private", "catering", "parties",
})  # fmt: skip

def chef_asked_unknowns(
    text: str, explained: Covered, known: tuple[re.Pattern[str], ...]
) -> list[tuple[str, Span]]:
    """(thing, span) for each thing asked of the chef in normalized `text` with a word that is
    neither explained, nor matched by a pattern of `known` (catalog and guest words), nor one of
    the dinner's harmless words."""
    found: list[tuple[str, Span]] = []
    asked = list(things(text, _ASK, _CHEF_THING, _CHEF_ENDS))
    asked += [t for t in things(text, _THEN, _CHEF_THING, _CHEF_ENDS) if _after_ask(text, t[0].start())]
    for _, words, (start, end) in asked:
        if words[0] in _NOT_FOOD or words[0] in _MORE_OF:
            continue  # no food, or more or less of the dinner's ("can u do extra scallions")
        phrase = rest = text[start:end]
        if (kind := _EVENT_KIND.fullmatch(phrase)) and (kind["occasion"] or "party") in _EVENTS:
            continue  # "do you do first communion parties?": whether such a party is catered
        if _someones_event(phrase, text[end:]):
            continue  # "can u do my hubby's 40th??": whose party is catered, no food
        for k in known:
            rest = k.sub(" ", rest)
        unknown = [w for w in rest.split() if not _plain(w)]
        if unknown and not all(span in explained for span in word_spans(phrase, start)):
            found.append((phrase, (start, end)))
    return found


# A kind of party asked of the caterer ("first communion parties", "50th birthday parties",
# "surprise retirement parties"): an occasion and its ordinals before a word of events, no food
# ("taco parties", "bbq parties" stay asked: their first word is no occasion)
_EVENT_KIND = re.compile(
    r"(?:(?:first|1st|second|2nd|holy|sweet|surprise|golden|silver|bridal|baby|"
    r"\d{1,3}(?:st|nd|rd|th))\s+)*"
    r"(?:(?P<occasion>[a-z']+)\s+)?(?:party|parties|events?|celebrations?|gatherings?|receptions?)"
)
# "party" stands for no occasion word said; "do you do corporate events?": who holds it, no food
_EVENTS = OCCASIONS | {"party", "corporate", "company", "office", "work", "business", "private", "team",
                       "church", "school"}  # fmt: skip


# Someone's event asked of the caterer: "my hubby's 40th", "my dad's retirement party", "our son's
# graduation": a possessive person, then an occasion or an ordinal. "my mom's lasagna" stays food.
_WHOSE = re.compile(r"(?:my|our|his|her|their|your|ur)\s+[a-z]+(?:'s|s')(?:\s+(?P<rest>.*))?")
_ORDINAL_NEXT = re.compile(r"[^\S\n]*\d{1,3}(?:st|nd|rd|th)?\b")


def _someones_event(phrase: str, after: str) -> bool:
    """Whether `phrase` (the thing asked, `after` the text following it) names whose event it is:
    a possessive person then occasion words ("retirement party") or an ordinal ("40th")."""
    if not (whose := _WHOSE.fullmatch(phrase)):
        return False
    rest = (whose["rest"] or "").split()
    if not all(w in _EVENTS or w in _EVENT_WORDS for w in rest):
        return False
    return bool(rest and _EVENT_KIND.fullmatch(" ".join(rest))) or bool(_ORDINAL_NEXT.match(after))


# Words of an event before its ordinal or its party word ("sweet 16", "surprise 50th")
_EVENT_WORDS = frozenset({"sweet", "surprise", "big", "party", "parties", "dinner", "celebration",
                          "bash", "first", "holy", "golden", "silver", "bridal", "baby"})  # fmt: skip


def _after_ask(text: str, at: int) -> bool:
    """Whether a request to the chef (`_ASK`) opens earlier in the sentence that holds `at`."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, at)]
    return _ASK.search(text, max([0, *ends]), at) is not None


def _plain(word: str) -> bool:
    """A word that says nothing of a food the menu lacks: the dinner's, an occasion ("do you do
    parties"), a join, a number, or how the dinner's own food is made ("extra garlicky")."""
    one = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    return (word.isdigit() or any(w in HARMLESS or w in OCCASIONS or w in _HOW for w in (word, one))
            or word in _JOINS)  # fmt: skip
