"""Phrases customers use for who is coming that plain counts miss: kids' ages told one by one
("twins are 5, and one is 8"), a protein between the kids and their ages ("10 kids chicken (all
6-10)"), the party built from the writer ("me and my gf + 4 friends") and guests who eat no meat
("2 of them are vegetarian"). Each reader returns what it is sure of and the span it explains;
anything short of sure is left to the checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.catered_event import catered_events
from orchestrator.reading.kids_party_names import kids_party_names
from orchestrator.reading.partners import PARTNER
from orchestrator.reading.words import ADULT_WORDS

# "twins are 5", "1 is 8", "the other 2 are 10", "the oldest is 13", "my daughter is 4"
_WHO = (
    r"(?:the\s+|my\s+|our\s+)?(?:(twins|triplets)|(\d{1,2})(?:\s+of\s+them)?|(?:other|older|younger|"
    r"oldest|youngest|eldest|little|big)\s*(?:one|1)?|(?:son|daughter|boy|girl|baby|nephew|niece)"
    r"|(?:other|others|rest)\s+(\d{1,2}))"
)
_AGE_PHRASE = re.compile(
    rf"\s*(?:,|;|&|\band\b|\bwhile\b)?\s*(?:\band\b\s*)?{_WHO}\s+(?:is|are|will be|turns?|turning)\s+"
    r"(?:both\s+|all\s+)?(\d{1,2})\b(?:\s*(?:yo|y/o|years?(?:\s+old)?|yrs?(?:\s+old)?))?"
)
_OPEN = re.compile(r"^[\s(:,-]*(?:ages?\s*:?\s*)?")
MULTIPLES = {"twins": 2, "triplets": 3}  # kids born together, counted by the word
# "girls night", "ladies' night out", "guys trip", "moms' brunch", "girls xmas party": the event,
# not a group.
_EVENT = gated(re.compile(
    r"(?<!\d )\b(?:girls|ladies|guys|boys|moms|dads|mens|womens|gals)'?\s+"
    # the season's name between ("girls xmas party", "ladies holiday brunch")
    r"(?:(?:xmas|christmas|holiday|halloween|friendsgiving|nye|summer|easter)\s+)?"
    # or what the night is for ("girls game night", "ladies wine night", "guys poker night")
    r"(?:(?:game|games|movie|wine|poker|card|trivia|karaoke|craft|paint|spa)\s+)?(?:night|day|trip|weekend|"
    # an organization's name ("the ladies auxiliary", "the womens guild"): its members are counted
    r"getaway|brunch|lunch|dinner|party|auxiliary|guild|society)(?:\s+out|\s+in)?\b"
    # a team's name or its banquet ("our u12 girls soccer team", "the boys varsity squad", "boys
    # hoops banquet"): the players are counted by their own number and ages
    r"|(?<!\b\d )(?<!\b\d\d )\b(?:girls|boys)'?\s+(?:[a-z]+\s+){0,2}"
    r"(?:team|squad|club|troop|league|banquet)\b"
    # a team by its age class ("banquet for our 15U boys: 12 players (all 14-15)"): its name
    # (the sport between: "our 15U volleyball girls end of season: 10 players (all 14-15)")
    r"|\b(?:u-?\d{1,2}|\d{1,2}u)\s+(?:[a-z]+\s+){0,2}(?:girls|boys)\b"
    # a school team told by its level ("our varsity boys water polo", "the jv girls"): its name
    r"|\b(?:varsity|jv|junior varsity)\s+(?:girls|boys)'?(?!\w)"
))  # fmt: skip


# A signature's last line naming the writer's department ("Marisol\nChildren's Ministry"): who
# writes, no kids at the party
_SIGNED_DEPARTMENT = re.compile(
    r"\n[ \t]*(?:[a-z.&-]+[ \t]+){0,3}(?:children|kids)'s?[ \t]+(?:ministry|ministries|hospital|"
    r"museum|department|dept|program|services|foundation|center|centre|office)\b[^\n]{0,40}\s*\Z"
)


def event_names(text: str) -> list[tuple[int, int]]:
    """ "girls night", "guys trip": the name of the event (its "girls" counts nobody); and a
    signature's department ("Children's Ministry"); the writer's event asked of the caterer by
    its name ("can u do our fantasy football draft party")."""
    found = [m.span() for m in _EVENT.finditer(text)] + catered_events(text)
    found += kids_party_names(text)  # "girls sleepover party: our daughter + 5 friends (all 11)"
    if "'s" in text[-60:] and (signed := _SIGNED_DEPARTMENT.search(text, max(0, len(text) - 120))):
        found.append(signed.span())  # speed: only the message's end is searched
    return found


_AGE_WORD_LIST = re.compile(
    r"\bage[sd]?\s*(?:are\s+)?:?\s*((?:\d{1,2}\s*(?:,|&|\band\b|\s)\s*)*\d{1,2})\b(?!\s*(?:-|to)\s*\d)"
)


def age_word_list(rest: str) -> re.Match[str] | None:
    """The ages after "ages" when the word opens within the first 60 characters of `rest`; the list
    is read to its end ("including the birthday boy (ages 8, 9, 9, 10, 10, 10, 11, 12)": its last
    12 is not cut to a 1 where the 60 characters end)."""
    found = _AGE_WORD_LIST.search(rest, 0, 60)
    return _AGE_WORD_LIST.match(rest, found.start()) if found else None


def age_phrases(rest: str) -> tuple[list[int], int] | None:
    """Ages told as "who is how old" right after a kids count, and where they end. At least two
    phrases, or one that names several kids, so "3 kids, 1 is 8" is not read as all three."""
    pos = _OPEN.match(rest)
    at = pos.end() if pos else 0
    ages: list[int] = []
    phrases = 0
    while m := _AGE_PHRASE.match(rest, at):
        many = MULTIPLES.get(m.group(1) or "") or int(m.group(2) or m.group(3) or 1)
        ages += [int(m.group(4))] * many
        phrases += 1
        at = m.end()
    if phrases >= 2 or (phrases == 1 and len(ages) > 1):
        return ages, at
    return None


@lru_cache(maxsize=8)
def protein_words(catalog: Catalog) -> re.Pattern[str]:
    """Protein words (a list of them) where a pattern's match starts: "chicken", "filet and shrimp"."""
    names = {n.lower() for p in catalog.proteins for n in (p.name, *p.aliases)}
    names |= {a.word for a in catalog.ambiguous}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alternatives})(?:\s*(?:,|&|\+|and|n)\s*(?:{alternatives}))*\b")


def skip_proteins(rest: str, catalog: Catalog) -> int:
    """The length of the protein words that open `rest` ("chicken (all 6-10)"), else 0, so the
    ages after them are still read with the kids."""
    m = protein_words(catalog).match(rest)
    return m.end() if m else 0


_PARTNER = rf"(?:my\s+|the\s+)?{PARTNER}\b"
_WRITER = re.compile(
    rf"\b(?:(?:just\s+)?(?:me|myself)\s+(?:and|&|\+|n)\s+{_PARTNER}|{_PARTNER}\s+(?:and|&|\+|n)\s+"
    rf"(?:me|myself|i)|(?:just\s+)?(?:me|myself))\b"
)
# Company the writer counts in, adults like the writer: friends, housemates, teammates.
FRIEND_WORDS = (
    # "8 girlfriends" of a woman's party are her friends, as "8 friends" are
    r"(?:girlfriends|girl friends|guy friends|friends|buddies|pals|coworkers|co-workers|colleagues|"
    r"roommates|housemates|flatmates|family friends|"
    r"teammates|bros|besties|neighbou?rs|others)(?!'|\s+(?:kids|children|boys|girls)\b)"
)
# Friends told with one age or a range for all, of a child's or a teen's ("4 of his friends from
# class (all 9)"): counted by the aged groups' reader, so a list of the party holds them as an item
# (its number taken back from the list's adults, as the friends of its own items are)
AGED_FRIENDS = re.compile(
    # ("6 of her classmates (all 7 yrs old)": classmates with their age told are friends too)
    # ("..., our son (8), his 3 friends (all 8)": whose friends said before their number)
    rf"(?:(?:his|her|their)\s+)?(?P<aged_friends>\d{{1,3}})\s+(?:of\s+(?:his|her|their|my|our)\s+)?"
    rf"(?:{FRIEND_WORDS}|classmates)\b"
    r"(?:\s+from\s+[a-z]+)?\s*"
    r"\(\s*all\s+(?:ages?\s+)?(?:1\d|[1-9])(?:\s*(?:-|to|and|&)\s*(?:[2-9]\d|1\d|[1-9]))?"
    r"\s*(?:yrs?|years?(?:\s+old)?|yo|y/o)?\s*(?:old\s*)?\)"
)
_FRIENDS = re.compile(
    r"^[\s,.!]*(?:(?:lol|haha)\W*)?(?:and|&|\+|plus|with|n)\s*(?:my\s+|our\s+)?(\d{1,3})\s+"
    rf"(?:other\s+|more\s+)?({FRIEND_WORDS})\b"
)


_UNCOUNTED = re.compile(r"\s*(?:,|&|\+|and|plus|with|n)\s*(?:my|our|his|her|their|the)\s+[a-z]")


# Someone heading the list before the writer by a comma, named by a pronoun or as the one the
# party is for ("bday dinner [emoji] her, me and 3 couples", "the birthday girl, me and 5 friends"):
# one more than the list counts from the writer, so the list is not read alone
SOMEONE_BEFORE = re.compile(
    r"(?:^|[.!?\n:;])\s*(?:(?:and|so|ok|okay|well)\s+)?(?:her|him|she|he|them|they|"
    r"the\s+(?:birthday|bday|b-day)\s+(?:girl|boy|gal|guy)|the\s+(?:guest of honou?r|honou?ree|"
    r"bride|groom|graduate|grad))\s*,\s*\Z"
)


@dataclass(frozen=True, slots=True)
class Company:
    """Adults counted from "me and my gf + 4 friends": the writer, a partner and their friends."""

    adults: int
    span: tuple[int, int]
    friends: int = 0  # of the adults, those counted as friends ("4 friends")
    counted: int = 0  # of the adults, those the adult reader counts by its words ("4 coworkers")
    unsure: bool = False  # relations that may be kids ("my 2 brothers"), grown by a count said


def writer_and_friends(text: str) -> Company | None:
    """The party when the writer counts themselves in with adult company and friends, and the text
    says nothing of kids (friends of a child are children)."""
    for m in _WRITER.finditer(text):
        friends = _FRIENDS.match(text[m.end() : m.end() + 60])
        if not friends:
            continue
        if _UNCOUNTED.match(text, m.end() + friends.end()) or SOMEONE_BEFORE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):  # "me and my 4 roommates + their gfs", "the birthday girl, me and 5 friends": someone
            return None  # the count leaves out
        own = 2 if re.search(_PARTNER, m.group(0)) else 1
        count = int(friends.group(1))
        by_word = count if friends.group(2) in ADULT_WORDS else 0  # "me + 9 coworkers"
        return Company(own + count, (m.start(), m.end() + friends.end()), count, by_word)
    return None


_NO_MEAT = gated(re.compile(
    # "3 of our guests are vegetarian", "4 of my coworkers are vegan": of the party, as "of them"
    r"\b(\d{1,3})\s+(?:of\s+(?:them|us|(?:the|our|my)\s+\w+)\s+)?"
    # "3 of the guys went vegetarian", "2 of them are now vegan" (round q86f)
    r"(?:(?:are|is|will be|went|turned|became|have gone|are now|have become)\s+)?"
    r"(?:strict\s+)?"
    # "the 10 vegetarian adults will have tofu": the band after the diet word is theirs
    r"(?:vegetarians?|vegans?)(?:\s+(?:adults|guests|people|ppl|folks))?\b"
    r"|\b(?:vegetarians?|vegans?)\s*(?:guests?)?\s*[:=]\s*(\d{1,3})\b"
))  # fmt: skip


def meatless_guests(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Guests said to eat no meat or fish ("2 of them are vegetarian"): their included portions
    are tofu or vegetables, so they take no share of a premium protein."""
    found = [(int(m.group(1) or m.group(2)), m.span()) for m in _NO_MEAT.finditer(text)]
    return sum(n for n, _ in found), [span for _, span in found]
