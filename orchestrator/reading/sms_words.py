"""SMS shorthand around a count, rewritten as the words the readers know: "hibachi 4 13 ppl" is
"for 13 ppl", "4 me and 11 friends" is "for me and 11 friends", "4 the table" is "for the table",
"quote 4 prom after party" is "for prom", "a price 2 feed 14" is "to feed 14", "b4" is "before",
"they r 5 and 10" is "they are", "my lil one" is "my little one".
Split from `shorthand` by role; the text is lower case with number words written as digits."""

from __future__ import annotations

import re

from orchestrator.reading.occasions import OCCASIONS

# Events a quote is asked for, beside the holidays and occasions
_EVENTS = OCCASIONS | {"prom", "homecoming", "formal", "banquet", "party", "dinner", "event",
                       "afterparty", "after", "hibachi", "catering", "holiday", "holidays", "winter",
                       "summer", "spring", "fall", "company", "office", "team", "family", "lunch",
                       "brunch", "bbq", "cookout",
                       # "quote 4 church group": whose gathering it is ("4 groups" is a count)
                       "group", "church", "club",
                       # "QUOTE 4 SENIOR NIGHT": a senior class's event ("4 seniors" is a count)
                       "senior night", "senior dinner", "senior banquet", "senior party"}  # fmt: skip
_GUESTS = (
    r"(?:adults?|kids?|children|people|guests|ppl|persons|pax|folks|peeps|grownups|teens|toddlers|"
    r"babies)"
)
# SMS "4" for "for": a 4 right after a word (not a guest word, a number or a list) and right
# before a count with its guest word ("book hibachi 4 13 ppl"). "kids 4 10 adults" is left.
# ("valentine dinner 4 2 couples", "anniversary dinner 4 5 married couples": couples are counted
# too)
# ("team dinner 4 12 players + 2 coaches": a team's members counted by their role too, q85f)
_FOR = re.compile(
    rf"\b([a-z]+)([!?]?) 4 (?=\d{{1,4}}\s*(?:{_GUESTS}|(?:married\s+)?couples|players|students|"
    r"scouts|swimmers|dancers|athletes|campers|wrestlers|cheerleaders|members)\b)"
)
# ... or opening the message or a sentence: "4 16 ppl, chicken n salmon", "said to text this
# number lol. 4 16 ppl" ("4 kids and 16 ppl" is left)
_FOR_FIRST = re.compile(rf"(?:^|(?<=[.!?]\s))\s*4 (?=\d{{1,4}}\s*{_GUESTS}\b)")
# ... or opening the message before whose event it is, a count with its guest word later ("4 my
# daughters college grad party, 22 adults", "4 my dads 60th, 18 adults"): "for"; with no count
# after ("4 my daughters and their friends") the 4 is left to be asked about; "sweet 16" is the
# event and "12 of her friends" a count ("4 my daughters sweet 16!! she + 12 of her friends")
_FOR_WHOSE = re.compile(
    r"^\s*4 (?=(?:my|our|his|her|the)\b)"
    r"(?=(?:\d+(?:st|nd|rd|th)\b|sweet\s+1[56]\b|\D)*?\b\d{1,4}\s*"
    rf"(?:{_GUESTS}|couples|of\s+(?:my|our|his|her|their)\s+friends)\b)"
)
# ... or anywhere before whose event it is, when the words after cannot be a count of people:
# one person ("bbq 4 my hubby", "lunch 4 our team") or an occasion of theirs ("hey! 4 my sons
# 10th bday", "dinner 4 my wife's 40th"); "4 my kids and 6 adults" is left to be asked about
_FOR_MINE = re.compile(
    r"(?:^|(?<=[\s(,.!?:]))4 (?=(?:my|our|his|her|the)\s+(?:[a-z]+(?:'s|s')?\s+){0,2}?"
    r"(?:\d{1,2}(?:st|nd|rd|th)|bday|birthday|b-day|party|grad|graduation|retirement|anniversary|"
    r"shower|quince|quinceanera|sweet 16|baptism|christening|wedding)\b"
    r"|(?:my|our)\s+(?:hubby|husband|wife|wifey|mom|mum|dad|son|daughter|boss|bestie|bff|boyfriend|"
    r"girlfriend|fiance|fiancee|team|office|crew|family|mother|father|clinic|shop|staff|church|club)\b(?!\s+and\b))"
)
_NOT_FOR = rf"{_GUESTS}|are|r|is|be|were|was|of|about|around|like|maybe|or|and|n|plus"  # "we r 4"
# "looking 4 hibachi", "thanks 4 the quote": words that take "for" (a count would follow "4")
_FOR_WORD = re.compile(
    r"\b(looking|searching|thanks|thx|thank u|thank you|ready|here)\s+4\b(?!\s*\d)"
    # "party 4 my mom's 60th", "dinner 4 the team": an occasion for someone
    # ("END OF SEASON BANQUET 4 OUR 14U BOYS", "lunch 4 the team")
    r"|\b(party|bday|birthday|dinner|hibachi|celebration|event|shower|surprise|quote|price|banquet|"
    r"lunch|luncheon|brunch|bbq|cookout|picnic|reunion|gathering)\s+4"
    r"(?=\s+(?:my|our|his|her|their|the|a|an)\b)"
    # "NEED QUOTE 4 PROM AFTER PARTY!!", "price 4 grad night": a quote for an event
    # "QUOTE 4 CREW DINNER": one word of whose event between (no plural, no guest word: "quote 4
    # guys dinner", "quote 4 adult dinner" are left)
    # ("quote 4 station crew dinner": two such words)
    # ("how much 4 hibachi? 12 adults": the price asked for the event, the count after it)
    r"|\b(quotes?|prices?|pricing|estimate|much)\s+4(?=\s+(?:(?![a-z]*s\b|(?:adult|kid|child|person|guy|couple|family|guest)\b)[a-z]+\s+){0,2}(?:"
    + "|".join(sorted(_EVENTS))
    # ("how much 4 hibachi chefs?": things counted, the 4 left to be asked about)
    + r")\b(?!\s+(?:chefs?|cooks?|grills?|stations?|tables?|setups?|trucks?)\b))"
)
# "4 me and 11 friends", "quote 4 me + 9 others": "for me" (nobody counts themselves as "4 me");
# left after a word a count follows ("party of 4 me included", "we r 4 me and 3 kids")
_FOR_ME = re.compile(r"(?:^|(?<=[\s(,.!?:]))4(?= me\b)")
# "+4 lobster on top 4 the table", "3 lobster tails 4 the whole table": "for the table" (a 4 after a
# word a count follows is left: "party of 4 the table ...")
_FOR_TABLE = re.compile(r"(?:^|(?<=[\s(,.!?:]))4(?= the (?:whole |entire )?(?:table|group|party)\b)")
_COUNT_AFTER = re.compile(rf"(?:\b(?:{_NOT_FOR})|\d)\W*$")
# SMS "2" for "to", only where it cannot be a count: after a word that wants a verb and before
# that verb ("tryna get a price 2 feed 14 ppl"). Any other lone 2 stays a number to place.
_TO = re.compile(
    r"\b(?:want|wants|wanna|need|needs|trying|tryna|try|like|looking|hoping|planning|price|quote|"
    r"able|ready|enough|much|cost|costs)\s+(2)\s+(?=(?:feed|book|get|have|do|cater|host|throw|"
    r"order|reserve|plan|schedule|celebrate|see|know|hire|bring|serve)\b)"
)
# SMS "b4" is "before" ("dinner b4 the dance"), never a count; "r" is "are" before ages ("2 kids
# (they r 5 and 10)")
_BEFORE = re.compile(r"\bb4\b")
# SMS "lil" is "little" ("bday party for my lil one (she's turning 3!!)": the kid, as "my little
# one" is read)
_LIL = re.compile(r"\blil(?= (?:one|1|ones|guy|man|girl|boy|bro|sis|brother|sister|cousin)\b)")
_THEY_R = re.compile(r"\b(they|both) r(?= \d)")
# "6 of moms frends from church": "friends" misspelt, the word the list readers know
_FRIENDS = re.compile(r"\b(?:frends|freinds|frnds|frens|friendz|frendz)\b")
# "10 of the twins' friends (all 18)": the plural's apostrophe dropped, as "the twins friends" is
# read ("the girls' kids" keeps its own: kids are no friends)
_OWNERS = re.compile(r"\b(twins|triplets|kids|grads|graduates)'(?= (?:friends|classmates|teammates)\b)")
# "12 person", "Not 10 person, 12 person": a learner's singular after a count of two or more is
# "people" ("1 person" and a price's "$55 person" are left)
_PERSON = re.compile(r"(?<![$\d.,])\b([2-9]|[1-9]\d{1,2}) person\b(?!-)")


# A thing then "no" opening a sentence, the reason or thanks after it ("Sake no, we dont drink",
# "sake no, none of us drink"): "no sake", as a learner or a quick writer puts it; "hmm no, make
# the strip lobster" (a change of mind) and "oh no, we dont drink" are none
_THING_NO = re.compile(
    r"(?m)(^|[.!?]\s*)(?!(?:oh|uh|um|ah|hm+|so|and|but|yes|yeah|sorry|lol|haha|ok|okay|well|"
    r"actually|wait|nah)\b)([a-z]{3,})\s+no\s*,?\s*(?=(?:we|i|none|nobody|no one|thanks|thank)\b)"
)


def sms_words(text: str) -> str:
    """`text` with the SMS "b4", "lil" and "r" (before ages) written as words, "frends" as "friends",
    "12 person" as "12 people" and "sake no," as "no sake,"."""
    # each pattern only where the literal it cannot match without is in the text (speed)
    text = _THING_NO.sub(r"\1no \2, ", text) if "no" in text else text
    text = _BEFORE.sub("before", text) if "b4" in text else text
    text = _LIL.sub("little", text) if "lil " in text else text
    text = _FRIENDS.sub("friends", text) if "fr" in text else text
    text = _PERSON.sub(r"\1 people", text) if " person" in text else text
    return _THEY_R.sub(r"\1 are", text) if " r " in text else text


def plural_owners(text: str) -> str:
    """`text` with the apostrophe of "the twins' friends" dropped (before `some_of_mine` reads "10
    of the twins friends")."""
    return _OWNERS.sub(r"\1", text) if "s' " in text else text


def _for(m: re.Match[str]) -> str:
    """ "for " before a count of guests; before a team's role ("dinner 4 12 players + 2 coaches")
    nothing: "for 12 players" would read as the whole party, the parts after it on top."""
    guests = re.match(rf"\d{{1,4}}\s*(?:{_GUESTS}|(?:married\s+)?couples)\b", m.string[m.end() :])
    return "for " if guests else ""


def sms_for_to(text: str) -> str:
    """`text` with the SMS "4" (for) and "2" (to) written as words where no count can be meant."""
    if "4" not in text:  # each pattern but `_TO` reads a "4" (speed)
        return _TO.sub(lambda m: m.group(0).replace(" 2 ", " to ", 1), text) if "2" in text else text
    text = _FOR_WHOSE.sub("for ", _FOR_FIRST.sub("for ", text))
    # "we are 4 my husband ...": after a word a count follows, the 4 is left
    text = _FOR_MINE.sub(lambda m: "4 " if _COUNT_AFTER.search(text[: m.start()]) else "for ", text)
    text = _FOR.sub(lambda m: m.group(0) if re.fullmatch(_NOT_FOR, m.group(1)) else
                    f"{m.group(1)}{m.group(2)} {_for(m)}", text)  # fmt: skip
    text = _FOR_WORD.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} for", text)
    text = _FOR_ME.sub(lambda m: "4" if _COUNT_AFTER.search(text[: m.start()]) else "for", text)
    text = _FOR_TABLE.sub(lambda m: "4" if _COUNT_AFTER.search(text[: m.start()]) else "for", text)
    return _TO.sub(lambda m: m.group(0).replace(" 2 ", " to ", 1), text)


# A count written after its guest word with a times sign ("4 adults + kids x2 (8 and 10)",
# "adults x 6"): "2 kids", "6 adults"; not before what each has ("kids x 2 proteins"), nor
# after a count of its own ("12 adults x 55": the customer's arithmetic, 55 a price)
_TIMES_COUNT = re.compile(
    r"(?<!\d\s)\b(adults|kids|children|grownups|toddlers|teens|ppl|people|guests)\s*x\s*(\d{1,3})\b"
    r"(?!\s*(?:proteins?|portions?|each|per)\b)"
)


def times_counts(text: str) -> str:
    """ "kids x2" as "2 kids" in normalized `text`; other text as it is."""
    return _TIMES_COUNT.sub(r"\2 \1", text) if "x" in text else text
