"""A member of the clergy added after a count, written as the adults they are.

Two kinds of message count the clergy on top of the people before them:

- a title with a name after a count of a role the clergy do not hold ("22 teens (all 13-17) and
  Pastor Dan", "15 scouts plus Father Mike"): the writer names one person, the group's guest, by
  title and name, apart from the group counted; each is one more adult. After a count of any
  grown-ups ("14 adults plus Father Tom", "20 adults and Pastor Ray", "20 men and Pastor Ray") the
  titled guest may be among them: two blind writers marked such messages to ask, so they stay
  asked (`kin`);
- the office after a sum of counted roles ("18 teens (all 14-17) + 4 adult leaders + our pastor and
  his wife"): every part is a role the pastor does not hold, so the office holder is one more
  adult and the spouse one more.

The office alone after a plain count ("20 ppl and the pastor", "12 adults and the youth minister")
stays asked (in the count, or one more?), as does anyone of no number after them ("and his family",
"and some of the parish council"): the rewrite only takes a phrase that closes the clause.
"""

from __future__ import annotations

import re

# clergy titles before a name ("father tom", "fr. dominic", "pastor dan", "rabbi levy")
CLERGY_TITLE = r"(?:father|fr|padre|pastor|rabbi|reverend|rev|deacon|imam|bishop|monsignor|msgr)"
# words that follow such a word and are no name ("father in law", "pastor and his wife")
_NO_NAME = (
    r"(?:in|and|or|of|the|a|an|to|for|is|was|will|who|s|too|also|plus|with|w|n|&|in-law|"
    r"chicken|filet|shrimp|salmon|steak|lobster|tofu|scallops?|ny|veg|vegetables|please|pls|zip)"
)
_TITLED = rf"{CLERGY_TITLE}\.?\s+(?!{_NO_NAME}\b)[a-z]+"
_JOIN = r"\s*,?\s*(?:plus|and|&|\+)\s*"
_CLOSES = r"(?=\s*(?:[,.;!?\n]|$|too\b|also\b))"
# "14 adults plus father tom", "22 teens (all 13-17) and pastor dan": any count of people
_AFTER_COUNT = re.compile(
    rf"(?P<count>\b\d{{1,4}}\s+(?P<noun>[a-z]+)(?:\s*\([^)]{{0,30}}\))?{_JOIN})"
    rf"(?P<who>{_TITLED}(?:{_JOIN}{_TITLED})?){_CLOSES}"
)
# the office, a word before it ("our youth pastor"), with a spouse or not
_OFFICE = (
    r"(?:our|the)\s+(?:(?:youth|senior|lead|head|associate|parish|new)\s+)?"
    r"(?:pastor|priest|rabbi|minister|reverend|imam|deacon|chaplain)"
    r"(?P<spouse>\s*(?:\band\b|&|\+)\s*(?:his|her)\s+(?:wife|husband|spouse))?"
)


def _part(i: int) -> str:
    """One counted part of a sum ("18 teens (all 14-17)", "4 adult leaders"), its noun named."""
    return rf"\d{{1,4}}\s+(?:[a-z-]+\s+)?(?P<noun{i}>[a-z-]+)(?:\s*\([^)]{{0,30}}\))?"


_AFTER_PARTS = re.compile(
    rf"\b{_part(1)}\s*(?:\+|plus|,|&)\s*{_part(2)}\s*(?:\+|plus|,|&|and)\s*"
    rf"(?P<office>{_OFFICE}){_CLOSES}"
)
# counts of people of any role: the office holder may be among them
_GENERIC = {"adults", "adult", "people", "ppl", "guests", "grownups", "grown-ups", "folks", "pax",
            "persons", "members", "total", "of", "us",
            # grown-ups by a word the clergy may share ("20 men and Pastor Ray": among them? q86k)
            "men", "guys", "dudes", "gentlemen", "fellas", "women", "ladies", "gals",
            "couples"}  # fmt: skip


def _more(n: int) -> str:
    return f"{n} more adult" + ("s" if n > 1 else "")


def _titled(m: re.Match[str]) -> str:
    if m.group("noun") in _GENERIC:
        return m.group(0)  # "20 adults and pastor ray": among the 20, or one more? asked
    people = len(re.findall(rf"\b{CLERGY_TITLE}\b", m.group("who")))
    return m.group("count") + _more(people)


def _office(m: re.Match[str]) -> str:
    if {m.group("noun1"), m.group("noun2")} & _GENERIC:
        return m.group(0)  # "10 adults + 5 kids + the pastor": among the adults?
    start = m.start("office") - m.start()
    return m.group(0)[:start] + _more(2 if m.group("spouse") else 1)


def clergy_added(text: str) -> str:
    """Normalized `text` with a titled clergy member named after a count, or the office after a
    sum of counted roles, written as that many more adults ("plus 1 more adult")."""
    if not re.search(rf"\b{CLERGY_TITLE}\b|\bminister\b|\bchaplain\b|\bpriest\b", text):
        return text
    text = _AFTER_COUNT.sub(_titled, text)
    return _AFTER_PARTS.sub(_office, text)
