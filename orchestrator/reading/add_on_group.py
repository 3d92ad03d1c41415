"""An add-on asked for a group ("add the sake service for the parents pls", after "14 players,
2 coaches, 12 parents, filet + shrimp"): an add-on serves the whole party, so whom it is meant
for changes no count, when that group was counted. The coverage net flags the group word with
the field `ADD_ON_GROUP`; the conversation drops the flag when an earlier message counted that
group by its word ("12 parents"). A group never counted ("add the sake for the parents" after
"15 players and 2 coaches": are the parents coming?) stays asked. A protein for a group ("add
lobster for the parents") is a choice for some guests, never this (the net's own check). In the
message that counts the adults ("Guests: 28 adults, 6 kids ... Add-on: sake service for the
parents") a grown group is inside them: no one uncounted (`inside_adults`). And a group the same
message named before where no check asked about it ("party for our 16U softball girls ... 13
players, 3 coaches and 12 parents ... the longer show for the girls"): the party's own group
named again, no one new (`named_before`, round q81j): only the group the party is for, said as
such; a group first named at the add-on ("10 kids and 6 parents ... the longer show for the
girls") or one of two named ("boys team 12 players and girls team 10 players ... the longer show
for the boys": the show for whom?) stays asked. The writer's parents named as guests before ("me
+ 11 of my friends + my mom and dad", "my parents") are "the parents" of a later add-on (round
q83d)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.reasons import quoted

ADD_ON_GROUP = "add_on_group"
# "the sake service for the parents pls": the add-on's words, then "for the/our" and the group
_FOR_AFTER = re.compile(r"\s+(?:too\s+|as well\s+|also\s+)?for\s+(?:the|our|all the|all our)\s+\Z")
# "sake service", "extended show": the add-on's generic last word, after its distinctive one
_ADD_ON_TAIL = re.compile(r"(?:\s+(?:service|show|performance|menu|package|bar|upgrade))?")
# grown by what they are: inside a count of adults
_GROWN_GROUP = re.compile(
    r"(?:parents|grandparents|in-?laws|moms|mums|dads|mothers|fathers|grown-?ups|adults|aunts|uncles)"
)
# "28 adults", "Adults: 18", "Guests (adults): 14": the adults counted in the message
_ADULTS_COUNTED = re.compile(r"\b\d{1,3}\s+(?:adults|grown-?ups)\b|\badults\)?\s*:\s*\d")
# "12 parents", "2 coaches": a word counted by the number right before it
_COUNTED_WORD = re.compile(r"\b\d{1,3}\s+([a-z]+)\b")


def for_add_on(text: str, start: int, add_on_word: re.Pattern[str]) -> bool:
    """The word at `start` follows "<add-on> for the": the group an add-on is meant for."""
    lead = _FOR_AFTER.search(text, max(0, start - 24), start)
    if not lead:
        return False
    ends = [m.end() for m in add_on_word.finditer(text, max(0, lead.start() - 40), lead.start())]
    return bool(ends) and bool(_ADD_ON_TAIL.fullmatch(text, ends[-1], lead.start()))


def inside_adults(text: str, word: str) -> bool:
    """The group `word` an add-on is meant for is grown and the message counts its adults ("sake
    service for the parents" beside "28 adults"): they are among them."""
    return bool(_GROWN_GROUP.fullmatch(word)) and bool(_ADULTS_COUNTED.search(text))


# the party said to be for a group: "end of year party for our 16U softball girls", the group word
# after up to three words of its name
_PARTY_FOR = re.compile(
    r"\b(?:party|banquet|dinner|celebration|bbq|cookout|night|get-?together|gathering)\s+for\s+"
    r"(?:our|the|my)\s+(?:[a-z0-9'-]+\s+){0,3}"
)


def named_before(text: str, start: int, word: str, checks: Sequence[tuple[str, str]]) -> bool:
    """The group `word` at `start` of `text`, an add-on's, was named earlier in the message as
    the one the party is for, alone, and none of `checks` (those of the words before it among
    them) quotes it: the net let it pass."""
    alone = rf"{re.escape(word)}\b(?!\s*(?:and|&|\+|n|,)\s)"  # not "for our boys and girls"
    earlier = re.search(_PARTY_FOR.pattern + alone, text[:start])
    return earlier is not None and not any(quoted(why).split()[-1:] == [word] for _, why in checks)


# "me + 11 of my friends + my mom and dad", "us 2 and my parents": the writer's parents named
# as guests, the later add-on "for the parents" theirs (round q83d); not counted, that message's
# own check asks
_PARENTS_NAMED = re.compile(
    r"\b(?:my|our)\s+(?:parents|mom\s*(?:&|\+|and|n)\s*dad|dad\s*(?:&|\+|and|n)\s*mom)\b(?!')"
)


def counted_words(text: str) -> frozenset[str]:
    """The words a number counts in `text` ("12 parents" gives "parents"), and "parents" where
    it names the writer's parents ("my mom and dad")."""
    words = {m.group(1) for m in _COUNTED_WORD.finditer(text)}
    return frozenset(words | ({"parents"} if _PARENTS_NAMED.search(text) else set()))


def counted_before(reason: str, groups: frozenset[str]) -> bool:
    """Whether an `ADD_ON_GROUP` check's `reason` ("did not understand 'the parents' ...") names
    only a word of `groups`, the words an earlier message counted."""
    words = quoted(reason).split()
    return bool(words) and words[-1] in groups


# "plus 4 extra shrimp for my brothers": counted extra portions right before the "for"
_COUNTED_EXTRAS = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six)\s+(?:extra|more|additional)\s+[a-z]+(?:\s+[a-z]+)?\s*\Z"
)


def extras_for(before: str) -> bool:
    """Whether the words `before` a "for my brothers" end in extra portions with a count ("plus 4
    extra shrimp"): whom they are for changes no count (the portions are on top, priced), so the
    people named are no choice of their own to ask about (round q72d)."""
    return bool(_COUNTED_EXTRAS.search(before))
