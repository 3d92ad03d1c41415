"""A party listed person by person on lines labelled by band ("Adults: me, Jason, Jason's
parents, my sister Ana (27) and her husband\\nKids: Mia (10), Leo (7), Sofi (4), baby Luca (10
months)"): the label says what every item of its line is, so each item counts once. On an
adults' line an item is the writer, one person by a relation ("my sister ana (27)", "her
husband") or by a first name ("jason"), or a pair ("jason's parents", "my in-laws": two); on a
kids' line every item is one child with their age in brackets ("mia (10)", "baby luca (10
months)": a baby of months is 0); first names alone on the adults' line are no party without the
writer or a relation among them. The line is written as its count ("adults: 6", "kids: 4 (10, 7,
4, 0)"), padded to the same length so every span holds. A line with an item of no number the
words give ("my sister and her kids", "some friends", "the neighbors"), a grown age under the
adults' band or a kid's age at it, or a kid of no age, is left as it is (the checks ask)."""

from __future__ import annotations

import re

# "Adults: ...", "Kids - ...": a label opening its own line
_LINE = re.compile(
    r"^(?P<head>[ \t]*(?:[-*\u2022][ \t]*)?(?P<label>adults|grown-?ups|kids|children)[ \t]*[:-][ \t]*)"
    r"(?P<list>[^\n]*[a-z][^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*|\+\s*)?|\s+(?:and|plus|n)\s+|\s*[&+]\s*")
_OWNER = r"(?:(?:my|our|his|her|their)\s+|[a-z]{2,12}(?:'s|s')\s+)"
_ONE_REL = (
    r"(?:sister|brother|sis|bro|cousin|aunt|auntie|uncle|husband|wife|hubby|partner|bf|gf|"
    r"boyfriend|girlfriend|fianc(?:e|ee)|mom|mum|dad|mother|father|friend|best\s+friend|bestie|"
    r"roommate|neighbou?r|boss|coworker|son|daughter|grandma|grandpa|niece|nephew|"
    r"(?:sister|brother|mother|father)[- ]in[- ]law|step[- ]?(?:mom|dad))"
)
_AGE = r"(?:\s*\(\s*(?P<age>\d{1,2})\s*(?P<months>months?|mos?|mths?)?\s*\))?"
_NAME = r"(?P<name>[a-z]{2,12})"
_ADULT_ITEM = re.compile(
    rf"(?P<writer>me|myself|i)|(?P<pair>{_OWNER}(?:parents|in-?laws|grandparents))"
    rf"|(?:(?P<kin>(?:my|our|his|her|their)\s+{_ONE_REL}(?:\s+(?P<kin_name>[a-z]{{2,12}}))?)|{_NAME}){_AGE}"
)
_KID_ITEM = re.compile(
    rf"(?:(?:my|our|his|her|their)\s+(?:son|daughter|niece|nephew|grandson|granddaughter)\s+)?"
    rf"(?:baby\s+)?{_NAME}{_AGE}"
)
# words that are no one's first name: a group, a count of no number, a doubt
_NOT_NAMES = frozenset(
    re.findall(
        r"[a-z]+",
        "and or the plus some few several maybe tbd more others other everyone everybody all family fam "
        "friends kids children guests people them us we you neighbors neighbours cousins coworkers "
        "parents etc total adults couples both none no yes ok okay tba unsure possibly probably "
        "grandkids grandchildren aunts uncles siblings sisters brothers relatives folks ppl"
    )
)


def labelled_people(text: str, adult_min_age: int, food: re.Pattern[str]) -> str:
    """`text` (normalized) with each labelled line of people written as its count; unchanged
    where a line's items are not all people the words count, or name the menu's `food`."""
    if ":" not in text and "-" not in text:
        return text  # every label has a colon or a dash (speed)
    for m in reversed(list(_LINE.finditer(text))):
        if food.search(m.group("list")):
            continue  # "adults: chicken and shrimp": the adults' choice, no one named
        adults = m.group("label") in ("adults", "grownups", "grown-ups")
        said = _adults_said(m.group("list"), adult_min_age) if adults else _kids_said(
            m.group("list"), adult_min_age
        )
        if said is None or len(said) > len(m.group("list")):
            continue
        start, end = m.span("list")
        text = text[:start] + said.ljust(end - start) + text[end:]
    return text


def _items(listed: str) -> list[str] | None:
    """The items of a line's list, or None when it has fewer than two."""
    items = [i.strip() for i in _SPLIT.split(listed.strip().rstrip(".!")) if i.strip()]
    return items if len(items) >= 2 else None


def _adults_said(listed: str, adult_min_age: int) -> str | None:
    """ "6" for the adults' items, or None when an item is not one or two grown people."""
    items, count, known = _items(listed), 0, False
    names: set[str] = set()
    for item in items or []:
        m = _ADULT_ITEM.fullmatch(item)
        if m is None or m.group("name") in _NOT_NAMES or m.group("kin_name") in _NOT_NAMES:
            return None  # "my sister maybe": a doubt, no name
        if _named_again(m.group("name") or m.group("kin_name"), names):
            return None
        known = known or not m.group("name")
        if m.group("age") and (m.group("months") or int(m.group("age")) < adult_min_age):
            return None  # "adults: ..., jake (12)": a kid on the adults' line
        count += 2 if m.group("pair") else 1
    # first names alone ("adults: jake, mike") may be anything; the writer or a relation says a party
    return str(count) if items and known else None


def _kids_said(listed: str, adult_min_age: int) -> str | None:
    """ "4 (10, 7, 4, 0)" for the kids' items, or None when one has no age or a grown one."""
    items, ages = _items(listed), []
    names: set[str] = set()
    for item in items or []:
        m = _KID_ITEM.fullmatch(item)
        if m is None or m.group("name") in _NOT_NAMES or not m.group("age"):
            return None
        if _named_again(m.group("name"), names):
            return None
        age = 0 if m.group("months") else int(m.group("age"))
        if age >= adult_min_age:
            return None
        ages.append(age)
    return f"{len(ages)} ({', '.join(map(str, ages))})" if items else None


def _named_again(name: str | None, names: set[str]) -> bool:
    """`name` is one of `names` (the line's names so far; added to them otherwise): a person
    listed twice ("adults: me, jason, ..., jason") is one guest or two, which the line does not
    say, so the line is left to the readers and the net, which ask (round q79o)."""
    if name is None:
        return False
    if name in names:
        return True
    names.add(name)
    return False
