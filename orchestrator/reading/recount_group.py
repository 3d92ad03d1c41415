"""A counted group that a follow-up's new total says it adds ("ok we're 14 now, 2 coworkers from
accounting are joining so add 2 more" after 12): the group is the number added, as the people
named are in "we're 12 now, my sister and her husband are coming so add 2 more", never the party.
So are grown-ups of a guest word said to come beside the new total ("can we go to 28 adults? 2 more
couples from the next street want in", the couples read as 4 adults), a pair of the writer's
coming right before it ("my parents are coming too so 11 adults now": 2) or right after it
("make it 10 adults, my parents can come after all") and the people named as
coming before a new count of adults ("my grandpa is coming too, so 15 adults now"). Whether the
earlier count and the number make the new total is the conversation's to check."""

from __future__ import annotations

import re
from dataclasses import dataclass

from orchestrator.reading.named import named_people
from orchestrator.reading.named_recount import recount_said
from orchestrator.reading.one_more import one_more

Span = tuple[int, int]

# "2 coworkers from accounting are joining so add 2 more", "3 friends from church r coming, so
# thats 3 more": a plural word after the count, where they come from, words of coming, the number
# again (no guest word after it: "add 2 more kids" is a count of its own)
# ("2 of our donors are joining so add 2 more": the group's owner before it)
_GROUP = re.compile(
    r"\b(\d{1,3})\s+(?:of\s+(?:my|our|his|her|the|their)\s+)?(?:(?:more|new|other)\s+)?[a-z]+s\b"
    r"(?:\s+(?:from|at|of)\s+(?:(?:my|our|his|her|the|their)\s+)?(?:[a-z]+'s\s+)?[a-z]+)?"
    r"\s+(?:(?:are|r|will be|can|have|also|now|just)\s+)*(?:joining|coming|come|join|make it|in|"
    # "2 more bridesmaids are flying in", "3 more coworkers said yes": how they come
    r"(?:flying|driving|coming)\s+(?:in|up|down|out)|said yes|rsvp'?d(?: yes)?|confirmed|"
    # "2 more guys joined the league so add 2 more": they joined the group the party is for
    r"joined(?:\s+(?:the|our|my)\s+[a-z]+)?|want(?:s)?\s+in)"
    r"(?:\s+(?:too|now|as well|after all))?\s*,?\s*(?:so\s+)?(?:add(?:ing)?|that'?s|thats)\s+"
    r"(\d{1,3})\s+more\b"
    r"(?!\s+[a-z]+s\b)"
)


_GUEST = r"(?:kids|children|adults|people|guests|ppl|teens|babies|toddlers|girls|boys)\b"
# "actually 18 adults, 2 more neighbors coming. same food": "more" before a group of no guest word
# ("neighbors", "coworkers"), words of coming ending the clause: the group is the number added
# ("2 more kids coming" is a count of its own: left to the readers)
_MORE_GROUP = re.compile(
    # ("2 more of his friends can make it so 14 adults now": more of someone's group)
    # ("2 of his friends from college r coming so 22 now": someone's group without "more", where
    # they come from after it)
    rf"\b(\d{{1,3}})\s+(?:more\s+(?:of\s+(?:his|her|my|our|their|the)\s+)?|of\s+(?:his|her|my|our|their)\s+)"
    # ("3 of our team's spouses are coming too": whose the group is between, round q86c)
    rf"(?:(?!{_GUEST})[a-z]+(?:'s)?\s+){{0,2}}(?!{_GUEST})"
    # ("4 more parent volunteers are coming", "5 more coworkers said yes": a word before, or yes;
    # "2 of his old navy buddies are coming": two)
    r"[a-z]+s(?:\s+from\s+(?:(?:my|our|his|her|the|their)\s+)?[a-z]+)?\s+"
    r"(?:(?:are|r|will be|also|now|just|have|can)\s+)*"
    r"(?:joining|coming|coming along|said yes|signed up|confirmed|rsvp'?d(?: yes)?|make it|come|"
    # ("2 of her college roommates are flying in", "2 more of the guys are in")
    r"(?:flying|driving)\s+(?:in|up|down)|(?:(?<=are )|(?<='re )|(?<= r ))in|"
    r"joined(?:\s+(?:the|our|my)\s+[a-z]+)?|want(?:s)?\s+in)"
    r"(?:\s+(?:too|now|as well|after all))?(?=\s*(?:$|[.,;!?\n]|so\b))"
)


# "can we go to 28 adults? 2 more couples from the next street want in" (the couples read as "4
# more adults"): grown-ups of a guest word said to come beside the new total. Taken only with
# the new total; the conversation keeps the count's check unless the earlier count and N make it
_MORE_ADULTS = re.compile(
    r"\b(\d{1,3})\s+more\s+(?:adults|people|guests|ppl|folks)"
    # ("2 more couples from down the street want in": where they come from, up to three words)
    r"(?:\s+(?:from|at|of)\s+(?:(?:my|our|his|her|the|their)\s+)?[a-z]+(?:\s+[a-z]+){0,2})?"
    r"\s+(?:(?:are|r|will be|also|now|just|have|can)\s+)*"
    r"(?:joining|coming|want(?:s)?\s+in|wanna come|want(?:s)? to come|said yes|signed up|confirmed)"
    r"(?:\s+(?:too|now|as well|after all))?(?=\s*(?:$|[.,;!?\n]|so\b"
    # ("... want in 🙌 can we go to 26 adults?": the clause ends where the new total is asked for,
    # an emoji between blanked)
    r"|(?:can|could)\s+we\s+(?:go\s+to|do|make\s+it)\s+\d))"
)


# "my parents are coming too so 11 adults now" after 9: a pair of the writer's who now come,
# right before the new total that is the result ("so ..."); the pair is 2 added, and the
# conversation checks that the earlier count and the 2 make the new total
_PAIR_COMING = re.compile(
    # ("my roommate's parents are coming too": someone's pair is a pair too)
    r"\b(?:my|our)\s+(?:[a-z]+'s\s+)?(?:parents|in-laws|in laws|inlaws|grandparents)\s+"
    r"(?:(?:are|r|will be|can|could|also|now|just|actually)\s+)*"
    r"(?:coming|joining|come|join|make it|flying in)(?:\s+(?:too|now|as well|after all))*"
    # ("my parents can come so that's 2 more", "so add 2": the number said, `named`'s to read)
    r"\s*,?\s*(?=so\s+(?!(?:add|adding|that'?s|thats)\b))"
)

# "make it 10 adults, my parents can come after all" after 8: the same pair told right after the
# new total as its reason, ending the sentence
_PAIR_AFTER = re.compile(
    r"(?<=\d adults)\s*[,;-]\s*(?:(?:since|because|as|cause|cuz)\s+)?(?:my|our)\s+(?:[a-z]+'s\s+)?"
    r"(?:parents|in-laws|in laws|inlaws|grandparents)\s+(?:(?:are|r|will be|also|now|just|actually)\s+)*"
    r"(?:coming|joining|can come|can make it|can join)(?:\s+(?:too|now|as well|after all))*"
    r"(?=\s*(?:$|[.!\n]))"
)


# "my grandpa is coming too, so 15 adults now": the people named, words of coming only, then the
# new count of adults with "now" (the people named are the number added, as "add 2 more" says;
# "my uncle and his wife coming too, so 22 adults now": the verb "are" left out, as when hurried)
_COMING_THEN_TOTAL = re.compile(
    r"\s+(?:(?:is|are|'s|'re|r|will be)\s+)?(?:(?:also|now|actually|definitely)\s+)?"
    r"(?:coming|joining(?:\s+us)?|coming along)(?:\s+(?:too|as well|after all))?\s*[,;]?\s*"
    r"(?:so\s+)?(?:(?:that'?s|thats|we'?re|were|it'?s|its)\s+)?"
    r"(?=\d{1,3}\s+(?:adults|grown ?ups)\s+now\b)"
)


# "ok we're 16 now, 2 of the guys are bringing their wives so add 2 more" after 14, the partners
# written "2 more adults" by then (`brought_partners`): the adults said to be more beside the new
# total are the number added (round q85o); the number said again after them must be the same
_MORE_SAID = re.compile(
    r"\b(\d{1,3})\s+more\s+adults\b(?:\s*,?\s*(?:so\s+)?(?:add(?:ing)?|that'?s|thats)\s+(\d{1,3})"
    r"\s+more\b(?!\s+[a-z]+s\b)|(?=\s*(?:$|[.,;!?\n])))"
)


@dataclass(frozen=True, slots=True)
class AddedGroup:
    """The group's number and the span of the group and "add N more"."""

    count: int
    span: Span


def added_group(text: str) -> AddedGroup | None:
    """The counted group a new total adds, when the number said twice is the same."""
    if not recount_said(text):
        return None
    for m in _GROUP.finditer(text):
        if m.group(1) == m.group(2):
            return AddedGroup(int(m.group(1)), m.span())
    for m in _MORE_SAID.finditer(text):
        if m.group(2) in (None, m.group(1)):
            return AddedGroup(int(m.group(1)), m.span())
    more = _MORE_GROUP.search(text) or _MORE_ADULTS.search(text)
    if more:
        return AddedGroup(int(more.group(1)), more.span())
    if pair := _PAIR_COMING.search(text) or _PAIR_AFTER.search(text):
        return AddedGroup(2, pair.span())
    if one := one_more(text):  # "one more client rsvp'd so 17 adults now"
        return AddedGroup(1, one)
    for m, named, _ in named_people(text):  # "my grandpa is coming too, so 15 adults now"
        if coming := _COMING_THEN_TOTAL.match(text, m.end()):
            return AddedGroup(named, (m.start(), coming.end()))
    return None
