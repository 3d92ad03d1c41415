"""The writer with some of their own people: "me and 11 of my besties", "me + 9 of my homies",
"myself and 6 of my teammates", "me, my husband and 10 of our closest friends". Whatever the
writer calls them, they are that many adults beside the writer (N + 1), unless the word may name
kids or relations of unknown age ("3 of my kids", "5 of my cousins", "4 of my students", "2 of my
son's friends"): those stay as written, and the number is asked about. Split from `words` by
role; the word lists it needs are its own."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

# Words that may name kids, or relations whose age the words do not give: never read as friends.
# Misspellings of them ("cusins") are caught by the fuzzy match below, so a typo cannot make
# kids into adults.
_NOT_FRIENDS = (
    "kids", "kid", "children", "child", "kiddos", "littles", "boys", "girls", "babies", "toddlers",
    "infants", "sons", "daughters", "grandkids", "grandchildren", "grandsons", "granddaughters",
    "grandbabies", "nephews", "nieces", "cousins", "siblings", "brothers", "sisters", "students",
    "pupils", "scouts", "campers", "players", "athletes", "family", "fam", "relatives", "kin",
    "stepkids", "godchildren", "teens", "teenagers", "juniors", "little", "young", "youngest",
    "oldest", "classmates", "dogs", "pets", "family members",
)  # fmt: skip
# Sisters and brothers of a sorority or a fraternity are its members, not relations of no age.
_SWORN = {"sisters": ("sorority",), "brothers": ("fraternity", "frat")}
# Words before the people word that say only which of them: "my closest friends", "my work
# friends", "my sorority gals"
_WHICH = (
    # "15 of my fellow choir members", "11 of my fellow book club members": the writer's peers in
    # a group its name gives (a kid's group, "fellow youth group members", is left as written)
    r"(?:fellow\s+)?(?:(?:[a-z]+\s+){1,2}(?=members\b))?"
    r"(?:(?:closest|close|best|oldest|dearest|favou?rite|good|old|work|college|school|gym|church|"
    r"sorority|fraternity|frat|golf|office|softball|soccer|running|hiking|neighborhood|"
    # "3 of our adult nephews": the relation word decides (the writer's list counts them adults)
    r"adult|grown)\s+)?"
)
_SOME_OF_MINE = re.compile(
    # the writer's list may name others first: "me, my husband and 10 of our closest friends"
    r"\b((?:me|myself)\b(?:[^.!?\n\d]{0,40}?(?:,|\s))?\s*(?:and|&|\+|n|plus|with)\s*(\d{1,3}))"
    # "6 of dad's friends from work": a grown relation's friends are grown too
    r" of (?:my|our|the|his|her|(?:(?:my|our) )?(?:dad|mom|father|mother|husband|hubby|wife|grandpa|"
    r"grandma|boss)'s) "
    rf"({_WHICH}([a-z][a-z-]*))\b(?!')(?!\s+(?:kids|children|boys|girls|sons|daughters|babies)\b"
    # "6 of my girls girls night": the event's name after them, not whose kids
    r"(?!'?\s+(?:night|day|trip|weekend|brunch|lunch|dinner|party)\b))"
)


# Classmates who graduate with the writer from a high school or a college ("me n 11 of my
# classmates, we're all graduating from sac state"; a school by its name too, "were all graduating
# from cosumnes oaks": a senior class, 13 and over): of the writer's age, so adults; classmates
# told no school ("me and 8 of my classmates"), or a kids' school or grade ("graduating from
# elementary", "from 5th grade", "from kinder") may be kids, and are asked
_GROWN_CLASS = re.compile(
    r"\b(?:we'?re|we are|we r|were|all)\s+(?:all\s+)?(?:graduating|grads?|seniors)\s+(?:from|at|of)\s+"
    r"(?:the\s+)?(?![^.!?\n]{0,40}?\b(?:elementary|middle|junior|jr|primary|kinder\w*|pre-?k|"
    r"pre-?school|preschool|daycare|day care|grade|\d+(?:st|nd|rd|th)|sixth|fifth|eighth)\b)[a-z]"
)
# Some of someone's people, all said grown right after ("and 8 of his old teammates (all grown men
# now lol)"): that many adults, wherever they stand in the writer's list
_SAID_GROWN = re.compile(
    rf"\b(\d{{1,3}}) of (?:my|our|his|her|their) {_WHICH}[a-z]+s\b"
    r"(\s*[(,-]?\s*(?:they're\s+|they are\s+)?all\s+(?:grown-?ups|grown|adults\b))"
    r"(?:\s+(?:men|women|guys|ladies|dudes)\b)?"  # "all grown men": the same people, said grown
)
# Classmates at a reunion ("class of 2006 reunion!! me and 11 of my old classmates", "our 20 year
# reunion"): the class graduated years ago, so grown
_REUNION = re.compile(r"\breunion\b|\bclass of (?:19\d\d|20[01]\d)\b")
# "me + 9 of my girls": that many girls beside the writer are the writer's friends, women (as many
# daughters or sons no family has); a smaller number, or kids named anywhere in the message ("me
# and 6 of the boys from his team"), may be the writer's children or their friends, and is asked.
# ("baby shower" names the event, no baby there.)
_PEERS = {"girls": "women", "boys": "guys"}
_PEERS_MIN = 5
_CHILDREN_NEAR = re.compile(
    r"\b(?:kids?|kiddos?|children|child|sons?|daughters?|grandkids|teens?|teenagers?|yo|y/o|years? old|"
    r"yrs? old|team|teammates|school|class|grade|scouts?|troop|little|baby(?!\s+shower)|babies)\b"
)

# A group's name that may be kids' ("youth group", "team", "scout troop", "class"): its members
# may be kids, so "N of my fellow ... members" with one stays asked
_YOUNG_GROUP = re.compile(
    r"\b(?:youth|junior|jr|student|kids?|teen|school|class|team|troop|scouts?|cub|pack|camp|little|"
    r"league|club\s+soccer)\b|\bu\d"
)


def some_of_mine(text: str, adult_words: tuple[str, ...]) -> str:
    """ "me and 11 of my besties" as "me and 11 friends", "me and 11 of my ladies" as "me and 11
    ladies" (a word the adult reader counts, `adult_words`), "me + 9 of my girls" as "me + 9
    women" (`_PEERS`); kids' and relations' words as written."""
    children = bool(_CHILDREN_NEAR.search(text))

    def counted(match: re.Match[str]) -> str:
        word = match.group(4)
        if re.search(r" of (?:his|her) ", match.group(0)):  # "9 of his frat brothers": members,
            sworn = word in _SWORN and match.group(3).split()[0] in _SWORN[word]  # else asked
            return f"{match.group(1)} friends" if sworn else match.group(0)
        if word in adult_words and match.group(3) == word:
            return f"{match.group(1)} {word}"
        peers = word in _PEERS and match.group(3) == word and int(match.group(2)) >= _PEERS_MIN
        if peers and not children:
            return f"{match.group(1)} {_PEERS[word]}"
        if word in _SWORN and match.group(3).split()[0] in _SWORN[word]:
            return f"{match.group(1)} friends"  # "11 of my sorority sisters": members, grown
        if word == "classmates" and match.group(3) == word and _GROWN_CLASS.search(text):
            return f"{match.group(1)} friends"  # graduating from college with the writer
        if word == "classmates" and _REUNION.search(text):
            return f"{match.group(1)} friends"  # "class of 2006 reunion": grown since
        if word == "members" and _YOUNG_GROUP.search(match.group(3)):
            return match.group(0)  # "12 of my fellow youth group members": of what age?
        if process.extractOne(word, _NOT_FRIENDS, scorer=fuzz.ratio, score_cutoff=80):
            return match.group(0)
        return f"{match.group(1)} friends"

    text = _SOME_OF_MINE.sub(counted, text)
    return _SAID_GROWN.sub(r"\1 friends\2", text) if "grown" in text else text
