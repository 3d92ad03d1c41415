"""Relations counted with their partners as one item of the writer's list: "my 3 sisters and
their husbands", "my husband's 2 brothers + their wives", "my 2 comadres and their husbands". Each
relation brings one partner, so the item is twice the number, all adults (a married relation is
grown). Only with a spouse word: "their boyfriends" may be teens', "their families" or "their
kids" have no number, and stay to the list's end and the net. Also the short gloss a relation
may carry in brackets ("my grandma (ba noi)"), which is the same person, and a relation named
with their partner ("my sister n her husband", "the pastor and his wife"): two adults."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER

# The relations, in the plural: those a spouse is said of ("5 friends and their partners": do all
# have one? asked)
_KIN_PLURAL = (
    r"(?:sisters|brothers|siblings|sons|daughters|cousins|uncles|aunts|aunties|tias|tios|titas|titos|"
    r"comadres|compadres|brothers-in-law|sisters-in-law)"
)
# "3 sisters and their husbands": the number in group `couples` (the possessive before it is
# the list's), the partners joined by "and", "+", "&", "n", "plus" or "with"
# "our 3 grown sons and their 3 wives", "our 2 grown kids and their spouses": children said to be
# grown, with spouses, are adults as a married relation is (the spouses' number said again or not)
# "3 of the dads from his daycare + their wives", "3 of my dads old coworkers + their wives":
# parents or coworkers, grown by what they are, some of a group named, each with a spouse
_GROWN_SOME = (
    r"of\s+(?:the|my|our|his|her)\s+(?:(?:dad|mom|mum|father|mother|husband|wife|hubby)'?s\s+)?"
    r"(?:old\s+|former\s+)?(?:dads|moms|fathers|mothers|coworkers|co-workers|colleagues)"
    r"(?:\s+from\s+(?:(?:his|her|my|our|the)\s+)?[a-z]+)?"
)
KIN_COUPLES = (
    rf"(?P<couples>\d{{1,2}})\s+(?:{_KIN_PLURAL}|{_GROWN_SOME}"
    rf"|(?:grown|adult|married)\s+(?:{_KIN_PLURAL}|kids|children))"
    r"\s*(?:,|&|\+|\band\b|\bn\b|\bplus\b|\bwith\b)\s*"
    r"their\s+(?:(?P=couples)\s+)?(?:wives|husbands|spouses|partners|hubbies|significant\s+others)\b"
)
# "me, my 3 brothers and our 4 wives": the writer among the married, their spouses counted as
# "our": the relations are grown (married), every spouse is counted by the number said. More
# spouses than the writer and the relations ("me, my 2 cousins and our 6 husbands") or no number
# ("and our wives": is the writer married?) are not read (`spouses_fit`), and stay asked.
KIN_AND_OUR = (
    rf"(?P<kin_n>\d{{1,2}})\s+{_KIN_PLURAL}\s*(?:,|&|\+|\band\b|\bn\b|\bplus\b)\s*"
    r"our\s+(?P<our_n>\d{1,2})\s+(?:wives|husbands|spouses|partners|hubbies)\b"
)


def spouses_fit(item: re.Match[str]) -> bool:
    """Whether `item`'s spouses said as "our N wives" are at least one and at most one each for
    the relations and the writer ("my 3 brothers and our 4 wives": 4 of 4)."""
    return 0 < int(item.group("our_n")) <= int(item.group("kin_n")) + 1

# A short gloss in brackets after one relation or a pair: "my grandma (ba noi)", "my parents (ba
# me)" are the same people. One to three words of at most four letters, none of doubt or of
# more or fewer people ("(rip)", "(tbd)", "(maybe)", "(if ok)", "(x2)" stay to the net)
_DOUBT = (
    r"(?:rip|tbd|not|no|if|sick|may|both|plus|and|or|too|also|only|late|away|dead|gone|kids|each|all)"
)
KIN_GLOSS = rf"(?:\s*\((?:\s*(?!{_DOUBT}\b)[a-z]{{1,4}}\b){{1,3}}\s*\))"

# "me, my husband and his parents": a partner's relation is counted like the writer's own; "us 2,
# my parents, your brother and his wife" in a note passed on to the customer (a forward): the
# relations of the one it was written to, in the party as the writer's are (round q83d)
KIN_OF = (
    r"(?:(?:my|our|his|her|your)\s+|(?:my|our)\s+(?:wife|husband|hubby|partner|bf|gf|boyfriend|girlfriend|"
    r"fianc(?:e|ee))'?s\s+)"
)
# Roles only a grown-up holds at church, school or work, named with "the" or "our"
_GROWN_ROLE = r"(?:pastor|priest|minister|rabbi|reverend|deacon|principal|superintendent|boss|manager)"
# A relation named with their partner: two adults ("my sister n her husband", "my son and his
# wife"; a son or daughter only with a spouse, "her boyfriend" may be a teen's)
COUPLE = (
    # "my other brother + his wife": a second relation of the same name, with their partner
    rf"{KIN_OF}(?:(?:other|older|younger|big|little|oldest|youngest)\s+)?"
    r"(?:(?:brother|bro|sister|sis|cousin|aunt|uncle|friend|best friend|bestie|bff|roommate|"
    r"neighbou?r|boss|"
    # ("my sister her husband": spoken without a comma, the same two)
    r"coworker|brother-in-law|sister-in-law)(?:\s*(?:,|&|\+|and|n|plus|with)\s*|\s+"
    # "my uncle ray + his wife": the relation's first name between, before "+", "&" or "and"
    r"|\s+(?!(?:and|n|with|plus|is|are|r|was|will|can|lives|who|his|her|their)\b)[a-z]{2,12}"
    r"\s*(?:&|\+|\band\b)\s*)(?:his|her|their)\s+"
    # "my aunt + uncle", "my uncle and aunt": a pair of relations named together
    rf"{PARTNER}|(?:aunt\s*(?:&|\+|and|n)\s*uncle|uncle\s*(?:&|\+|and|n)\s*aunt)|(?:son|daughter)\s*(?:,|&|\+|and|n|plus|with)\s*(?:his|her)\s+(?:wife|husband|spouse|"
    r"fianc(?:e|ee))"
    # "our son and daughter-in-law", "my daughter + our son in law": a child with their spouse
    # named by the in-law word, two adults (the same pair as "our son and his wife")
    r"|son\s*(?:,|&|\+|and|n|plus|with)\s*(?:(?:my|our)\s+)?daughter[- ]in[- ]law"
    r"|daughter\s*(?:,|&|\+|and|n|plus|with)\s*(?:(?:my|our)\s+)?son[- ]in[- ]law)\b(?!')"
    # "the pastor and his wife", "our principal + her husband": a grown role with its spouse, two
    # ("pastor ken and his wife": the role's name between; "pastor + his wife": no "the")
    rf"|(?:(?:the|our|my)\s+)?{_GROWN_ROLE}(?:\s+(?!and\b|n\b|with\b)[a-z]+)?\s*(?:&|\+|and|n|with)\s*"
    r"(?:his|her)\s+(?:wife|husband|spouse)\b(?!')"
)


_GROWN_COUPLES = re.compile(rf"\b{KIN_COUPLES}")


def grown_couples(text: str) -> list[tuple[int, int]]:
    """Where grown children are counted with their spouses ("our 3 grown children and their
    spouses"): adults, no kids for the kid reader to count."""
    if "their" not in text:
        return []  # every match names "their" partners (speed)
    return [m.span() for m in _GROWN_COUPLES.finditer(text)]
