"""People counted by their relation to someone grown (round q86q), written as the plain counts the
readers know as the text is normalized:

- a grown relation's friends after a count of grown-ups ("10 adults plus 2 of my husband's
  friends", "14 adults + 3 of my dad's golf buddies", "8 adults and 2 of my wifes friends"): the
  friends of a husband, a wife, a parent, a grandparent or a boss are grown, as the writer's list
  already reads them ("6 of dad's friends from work"); a son's or a daughter's friends, "his
  friends" of no owner, or a subject ("2 of my husband's friends want to come") stay as written;
- kids with their wives, husbands or spouses ("our 3 kids and their spouses") are grown kids,
  twice the number as "our 3 grown kids and their spouses" already read; a group by a role or a
  friendship with its partners ("4 coaches and their wives", "2 of his coworkers and their
  wives") is not all married for sure and stays asked, unless a sum said after agrees;
- the writer's couple as "us" opening a list of couples and more relations ("us + 6 couples + my
  mom"): "me + my partner", so the list reader counts the relations after the couples too (the
  couples-and-us reading took "us + 6 couples" as 14 adults, and "14 adults + my mom" is asked:
  the mom may be among the 14)."""

from __future__ import annotations

import re

# a count of grown-ups right before, joined: "10 adults plus", "14 adults + ", "8 adults and"
# (in the writer's list, "me, my husband and 5 of dads poker buddies", the list reader counts them)
_AFTER_COUNT = (
    r"(?P<count>\b\d{1,3}\s+(?:adults|grown-ups|people|ppl|guests)\s*(?:,\s*|\+\s*|&\s*|plus\s+|and\s+))"
)
# a verb after the group makes it a subject ("2 of my husband's friends want to come")
_VERB = (
    r"(?:want|wants|are|r|is|can|could|will|would|were|was|have|has|had|might|may|cant|can't|"
    r"won't|wont|read|said|say|says|just|also|decided|bring|bringing)"
)
# Whose friends are grown: a relation no child holds ("my husbands", "dad's": the apostrophe may
# be left out)
_GROWN_OWNER = (
    r"(?:husband|hubby|wife|dad|mom|mum|father|mother|grandpa|grandma|grandfather|grandmother|"
    r"stepdad|stepmom|father-in-law|mother-in-law|boss|uncle|aunt)"
)
_FRIEND_WORDS = r"(?:friends|buddies|pals|girlfriends|besties|homies)"
_GROWN_FRIENDS = re.compile(
    rf"{_AFTER_COUNT}(?P<n>\d{{1,3}})\s+of\s+(?:(?:my|our)\s+)?{_GROWN_OWNER}(?:'s|s'|s)\s+"
    # "golf buddies", "old friends", "church friends": one word of which friends
    rf"(?:[a-z]+\s+)?{_FRIEND_WORDS}\b(?!\s+{_VERB}\b|')"
)

# Kids told with their wives, husbands or spouses are grown kids ("our 3 kids and their spouses"
# as "our 3 grown kids and their spouses", which the list reader counts twice); a group by a role
# or a friendship with its partners ("4 coaches and their wives", "20 coworkers plus their
# spouses") is not all married for sure, and stays asked unless a sum said after agrees
_KIDS_WED = re.compile(
    r"\b(?P<head>(?:my|our)\s+\d{1,2}\s+)(?P<kids>kids|children)"
    r"(?=\s*(?:\+|&|\band\b|\bplus\b|\bwith\b|\bn\b)\s*(?:all\s+)?their\s+(?:wives|husbands|spouses)\b)"
)

# "us + 6 couples" opening the list, then a joiner and a relation of the writer's
_US_COUPLES_MORE = re.compile(
    r"(?:^|(?<=[,.;:!?\n]\s)|(?<=[,.;:!?\n])|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bbe\s)|(?<=\bfor\s))"
    r"us\s*(?P<rest>(?:\+|&|\band\b|\bplus\b)\s*\d{1,2}\s+(?:other\s+|more\s+)?couples\s*"
    r"(?:,|\+|&|\band\b|\bplus\b)\s*(?:my|our)\s+(?!(?:kids?|children|friends|family|fam)\b)[a-z])"
)


def wed_groups(text: str) -> str:
    """Normalized `text` with a grown relation's friends after a count, kids with their spouses
    and "us + N couples + <relation>" written as the readers' plain words; else unchanged."""
    if " of " in text:
        text = _GROWN_FRIENDS.sub(lambda m: f"{m['count']}{m['n']} coworkers", text)
    if "their " in text:
        text = _KIDS_WED.sub(lambda m: f"{m['head']}grown {m['kids']}", text)
    if "us" in text and "couples" in text:
        text = _US_COUPLES_MORE.sub(lambda m: f"me + my partner {m['rest']}", text)
    return text
