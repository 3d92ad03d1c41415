"""A total of adults the writer explains in the same breath, whose explanation names people the
guest reader would otherwise flag:

- the members doubled by their partners, with the sum said: "9 of us plus our spouses, so 18
  adults" ("9 of us members plus our husbands, except 2 of us are single, so 16 adults": twice
  the members less the single ones). The partners are one a member, so the sum must be twice the
  members (less those said single); a sum that is not
  ("9 of us plus our spouses, so 20 adults") is left to the net, which asks.
- the writer's couple and the couples with them, with the sum said: "it's us and our 2 best
  couple friends so 6 adults" (two a couple, 2 + 4); a sum that is not is left to the net.
- whom the party is for with their group, then the writer (and partner) "too", with the sum said:
  "grad dinner for my daughter and her 7 roommates 🎓 me + my husband too so 10 adults" (one for
  whom it is, the group's number, the writer and the partner: 1 + 7 + 2); a sum that is not is
  left to the net.
- the writer's own couple among a count said just before: "5 couples total and we're one of
  them" (10 adults, the writer's couple inside them).
- who the adults of a count are, in brackets after "all adults": "21 of us, all adults (the choir
  plus our director and his wife)". "All adults" says the brackets describe the count, not guests
  added to it; brackets with a number, a word of kids, a catalog word or a word of more or fewer
  people ("plus 2", "not counting", "also") are left to the net.

The explaining words are hidden from the guest reader (which reads the said total) and explained
for the coverage check; the total itself is read as before."""

from __future__ import annotations

import re

from orchestrator.reading.friends_and_wives import friends_and_partners
from orchestrator.reading.hosts_each import hosts_each
from orchestrator.reading.those_out import out_then_total
from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]

# "9 of us plus our spouses, so 18 adults": members, their partners, the sum
# ("9 of us members plus our husbands, except 2 of us are single, so 16 adults": the single ones
# bring no one, so the sum is twice the members less them)
_DOUBLED = re.compile(
    r"\b(?P<members>\d{1,3})\s+of\s+us\s*(?:(?:members|ladies|women|guys|men|coworkers|colleagues|"
    r"friends|moms|dads|teachers|nurses)\b\s*"
    # "11 of us from book club", "8 of us from the gym": where the members are from (q86a)
    r"|from\s+(?:the\s+|our\s+|my\s+)?[a-z]+(?:\s+[a-z]+)?\s*(?=,?\s*(?:plus|and|\+|&|with)\s))?"
    r",?\s*(?:plus|and|\+|&|with)\s+(?:all\s+)?our\s+"
    r"(?:spouses|wives|husbands|partners|significant\s+others|better\s+halves|hubbies|hubbys)\s*"
    r"(?:,?\s*(?:except|but)\s+(?P<single>\d{1,2})\s+of\s+us\s+(?:are|is|'re)\s+(?:single|widowed|"
    r"divorced|unmarried|not married|coming solo|solo)\s*)?"
    r"[,-]?\s*(?:so|that's|thats|which\s+makes|making|=)\s+(?:it's\s+|its\s+|that's\s+)?"
    r"(?=(?P<total>\d{1,3})\s+(?:adults|grown-?ups)\b)"
)
# "it's us and our 2 best couple friends so 6 adults": the writer's couple and the couples with
# them, two each, then the sum (2 + 2 x 2)
_COUPLES = re.compile(
    r"\b(?:us|me\s+(?:and|&|n)\s+my\s+(?:wife|husband|hubby|partner|spouse|bf|gf|boyfriend|"
    r"girlfriend|fiance|fiancee))\s*,?\s*(?:and|plus|\+|&|with)\s+(?:our\s+|my\s+)?"
    r"(?P<couples>\d{1,2})\s+(?:(?:best|close|good|other|old|fave|favorite|favourite)\s+)*"
    r"(?:couple\s+friends|couples(?:\s+friends)?|married\s+couples)\s*"
    r"[,-]?\s*(?:so|that's|thats|which\s+makes|making|=)\s+(?:it's\s+|its\s+|that's\s+|we're\s+)?"
    r"(?=(?P<total>\d{1,3})\s+(?:adults|grown-?ups|of\s+us|people)\b)"
)
# "for my daughter and her 7 roommates   me + my husband too so 10 adults": whom the party is for,
# their group, the writer and partner joining, then the sum ("me + my daughter too so 9 adults":
# one of the family beside the writer, grown as the sum of adults says)
_HONOREE_GROUP = re.compile(
    r"\bfor\s+(?:my|our)\s+(?:son|daughter|husband|wife|boss|brother|sister|mom|dad|kid|boy|girl)\s*"
    r"(?:and|&|\+|n)\s*(?:his|her|their)\s+(?P<group>\d{1,3})\s+[a-z]+(?:\s+[a-z]+)?\s*[,.!]?\s*"
    r"(?:(?:and|plus|\+|&)\s*)?(?:me|myself)(?P<partner>\s*(?:and|&|\+|n)\s*my\s+(?:wife|husband|hubby|"
    r"partner|spouse|bf|gf|boyfriend|girlfriend|fiance|fiancee|daughter|son|mom|dad|sister|brother))?"
    r"\s+(?:too|as\s+well|also)\s*,?\s*"
    r"(?:so|that's|thats|=)\s+(?:it's\s+|its\s+|we're\s+)?(?=(?P<total>\d{1,3})\s+(?:adults|grown-?ups)\b)"
)
# "21 of us, all adults (...)", "11 people, all adults (...)": a count said to be all adults, and
# brackets right after it
_ALL_ADULTS_BRACKETS = re.compile(
    r"\b\d{1,3}\s+(?:of\s+us|people|ppl|guests|persons)\s*,?\s*(?:all|every\s*one)\s+"
    r"(?:adults|grown-?ups)\s*(?P<brackets>\((?P<who>[^()\d]{1,80})\))"
)
# "5 couples total and we're one of them" (the couples written "10 adults"): the writer's own
# couple among the count just told, no guests of its own
_US_AMONG = re.compile(
    r"\b\d{1,3}\s+(?:adults|people|ppl|of\s+us)(?:\s+(?:total|in\s+total|all\s+together))?\s*,?\s*"
    r"(?P<us>(?:and\s+)?(?:we'?re|we\s+are)\s+1\s+of\s+(?:them|those))\b"
)
_WORD = re.compile(r"[a-z'-]+")
# Words inside the brackets that may be kids, or more or fewer people than the count
_NOT_DESCRIBING = frozenset((*KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, "siblings", "sons",
                             "daughters", "son", "daughter", "cousins", "nephews", "nieces",
                             "nephew", "niece", "grandkids", "grandchildren", "students", "family",
                             "families", "not", "no", "except", "excluding", "besides", "without",
                             "more", "extra", "also", "too", "maybe", "possibly", "might", "or",
                             "some", "few", "couple", "counting", "including", "incl",
                             "minus"))  # fmt: skip
# The brackets may not start by adding: "(plus our director)" is more than the count
_ADDING_HEAD = re.compile(r"\s*(?:plus|and|with|\+|&)\b")


def explained_totals(text: str, catalog_word: re.Pattern[str]) -> list[Span]:
    """Spans of normalized `text` that explain a total of adults said right after or before them:
    the members and partners before a doubled sum, the brackets after "N of us, all adults"."""
    spans = hosts_each(text)  # "me and my bestie, we're each inviting 7 friends so 16 of us total"
    spans += out_then_total(text)  # "40 people; 10 of them are out of town, so it'll be 30 adults"
    spans += friends_and_partners(text)  # "my grandpa + 5 of his navy buddies and their wives, so 12"
    for m in _DOUBLED.finditer(text):
        if int(m.group("total")) == 2 * int(m.group("members")) - int(m.group("single") or 0):
            spans.append((m.start(), m.end()))
    for m in _COUPLES.finditer(text):
        if int(m.group("total")) == 2 + 2 * int(m.group("couples")):
            spans.append((m.start(), m.end()))
    for m in _HONOREE_GROUP.finditer(text):
        if int(m.group("total")) == 2 + int(m.group("group")) + (1 if m.group("partner") else 0):
            spans.append((m.start(), m.end()))
    spans += [m.span("us") for m in _US_AMONG.finditer(text)]  # "10 adults total and we're 1 of them"
    for m in _ALL_ADULTS_BRACKETS.finditer(text):
        who = m.group("who")
        words = set(_WORD.findall(who))
        if words & _NOT_DESCRIBING or _ADDING_HEAD.match(who) or catalog_word.search(who):
            continue
        spans.append(m.span("brackets"))
    return spans
