"""The party built from the writer: "me, my wife, our 3 kids (14, 11, 5) plus my parents and my
in-laws", "me and 11 friends", "me and 9 of my friends", "6 couples + me and my husband". Each item
of the list is one person the words count exactly (the writer, a partner, a parent; "him" or
"her" as an item of its own), a pair (parents, in-laws, grandparents, "his mom + dad", a relation
with their partner: "my brother + his wife"), a number of friends (the writer's: adults, even
beside kids), a number of adults the adult reader counts ("+ 12 adults", or before the writer:
"12 adults + me and my husband"), a number of kids (counted with the kids) or relations told with
their ages ("my nephews who are 4 and 9", counted by the relations' reader). A relation whose
number the words do not give ("his sister", "my cousins", "my son" of no stated age) ends the
list; the coverage check then asks about it. A list may open with relations ("my parents, my
brother + his wife, me and my wife, ...") only when the writer is in it. A list spoken without
commas ("me my husband our 3 kids ...") joins an item opening with "my" or "our"; others of the
writer's role ("2 other instructors") and mothers or fathers ("6 moms") are adults. At a kid's
birthday whose age is told, "the birthday boy" is an item the honoree's reader counts."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.adult_roles import BARE_GRAND
from orchestrator.reading.choosers import group_choosing
from orchestrator.reading.grown_birthday import grown_birthday, kids_birthday
from orchestrator.reading.grown_honoree import grown_honoree_item, grown_honorees
from orchestrator.reading.honoree import young_invitees
from orchestrator.reading.household_items import ADULT, ITEM, SEP, WRITER
from orchestrator.reading.household_us import US_BARE, us_couple
from orchestrator.reading.joined_before import (
    BEFORE,
    OTHERS_BEFORE,
    UNCOUNTED_BEFORE,
    counted_before,
    more_before,
)
from orchestrator.reading.kin_couples import spouses_fit
from orchestrator.reading.kin_words import KIN
from orchestrator.reading.kin_words import ONE as _ONE
from orchestrator.reading.list_count import list_counted_again
from orchestrator.reading.multiples import (
    MULTIPLE_AGED,
    MULTIPLES_AGAIN,
    listed_multiples,
    multiples_named_again,
)
from orchestrator.reading.partners import PARTNER, PARTNER_BEFORE
from orchestrator.reading.phrases import AGED_FRIENDS, SOMEONE_BEFORE, Company
from orchestrator.reading.relations import AGED_RELATION, AGED_RELATIVES
from orchestrator.reading.writer_sibling import grown_sibling

# Someone the list names without counting: a relation ("his sister"), or people of no number
# ("a few of her friends", "some coworkers")
_MORE = re.compile(
    # (a relation of no possessive too: "his mom + dad" read as far as "his mom" would drop one)
    rf"{_ONE}\b|(?:my|our|his|her|their|the)\s+[a-z]|\d{{1,3}}\s+[a-z]|(?:a\s+)?(?:few|some|several|"
    r"bunch|lots?|many|handful|others?|friends|family|relatives|cousins|kids|children|neighbou?rs|coworkers|people|guests)\b"
)


def writer_party(text: str, *, kids_said: bool) -> Company | None:
    """The adults of a list that starts with the writer ("me, my wife and our 2 kids"), or None
    when no such list of two items or more stands in the text. Kids are counted by the kid
    reader; a count of adults in the list (or joined right before it) is the adult reader's, and
    `Company.counted` says how many of its adults that reader counts. The writer's friends are
    adults, beside kids too, except at a birthday where kids are counted (a kid's friends)."""
    for m in _starts(text):  # the writer, or a relation with their partner opening the list
        adults, friends, counted, at, items = 1 if m.group("writer") else 2, 0, 0, m.end(), 1
        start, writer = m.start(), bool(m.group("writer") or m.groupdict().get("couple"))
        if m.groupdict().get("one"):
            adults = 1  # "my mom, my dad, me, ...": a list opened by a relation
        if m.re is US_BARE:
            adults = 2  # "it'll be us, my in-laws, ..." at "my husband's 45th": the couple
        if us := m.groupdict().get("us") or m.groupdict().get("us_n"):
            if m.span() not in us_lists(text):
                continue  # "the 10 of us, my parents included": the party's size
            adults = int(us)  # "the 4 of us adults": nothing joined before them
        elif not m.group("writer"):
            pass  # "my brother, his wife, their 2 boys (11, 7), me and my husband": nothing before
        elif (before := BEFORE.search(text[max(0, m.start() - 80) : m.start()])) and not (
            before.group(2) is None and young_invitees(text, max(0, m.start() - 80) + before.start(1))
        ):  # "she's inviting 12 friends plus me and my husband": her friends, of no age told
            start, more, more_counted = more_before(text, m.start() - len(before.group(0)))
            count = int(before.group(1))
            adults, items = adults + count + more, 2
            counted += (count if before.group(2) else 0) + more_counted
        elif partner := PARTNER_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            start = m.start() - len(partner.group(0))
            adults, items = 2, 2  # "hubby, me and 3 couples": the partner, then the writer
            if joined := counted_before(text, start):  # "4 couples plus my husband and me"
                start, adults, counted = joined[0], adults + joined[1], joined[2]
            elif OTHERS_BEFORE.search(text[max(0, start - 20) : start]):
                return None  # "my sister and her hubby, me and 3 couples": how many before?
        elif UNCOUNTED_BEFORE.search(text[max(0, m.start() - 60) : m.start()]) or (
            SOMEONE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            or _NAME_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ):  # "some couples from church + me and my husband", "her, me and 3 couples": how many?
            return None  # "it'll be jake, me and my husband, ...": a guest by name, of what age?
        prev: re.Match[str] | None = m
        unsure, stop = False, None  # relations that may be kids, and the list before the first
        while sep := SEP.match(text, at):
            item = ITEM.match(text, sep.end())
            if item is not None and item.group("sibs") and not (prev and prev.groupdict().get("one")):
                item = None  # "our son and his 2 brothers": whose siblings, of what age?
            if item is not None and item.group("kin_n") and not spouses_fit(item):
                item = None  # "me, my 2 cousins and our 6 husbands": whose are the others?
            prev = item
            if item is not None and item.group("adults") and "," in sep.group(0) and not re.search(
                r"and|plus|&|\+", sep.group(0)
            ) and not re.search(r"\bother\b|\b(?:aides|chaperones)\b", item.group(0)):
                # "me and my wife, 10 adults": the
                # whole party, or 10 more? (", and 8 couples", ", 4 other couples": more; "me, 2
                # aides and 5 parent volunteers": helpers by their role, no headcount of the party)
                item = None
            if item is not None and item.group("friends") and kids_said and kids_birthday(text):
                item = item if re.search(r"neighbo|\bof (?:my|our) ", item.group(0)) else None
                # "me, my son (8) and 4 friends" at his bday: whose? ("4 neighbors", "2 of mine": grown)
            if item is not None and item.group("whose") and "church" in item.group(0):
                item = item if grown_birthday(text) else None  # "6 of her friends from church"
            if item is None and "with" not in sep.group(0):
                # "my nephews who are 4 and 9", "the grandkids 13, 10, 7": counted by their ages
                # by the relations' reader (0 adults here; their adults by age come from it)
                item = AGED_RELATIVES.match(text, sep.end()) or AGED_RELATION.match(text, sep.end())
                # "4 of his friends (all 9)": counted by their ages by the aged groups' reader
                item = item or AGED_FRIENDS.match(text, sep.end()) or listed_multiples(text, sep.end())
                item = item or multiples_named_again(text, sep.end())  # "... and the twins"
                # "me, my husband, the birthday boy, his 2 big sisters (9 and 11)": at a kid's
                # birthday, the kid, counted by the honoree's reader as at the list's end (q83f;
                # only with the kid's age told: "turning 6", "his 9th bday", else how old?)
                item = item or (_KID_HONOREE.match(text, sep.end()) if _kid_aged(text) else None)
                item = item or _YEAR_OLDS.match(text, sep.end())  # "our 2 7 year olds", "their 9 yr old"
            grown = None if item else grown_honoree_item(text, sep.end(), grown_honorees(text, start))
            grown = grown or (None if item else grown_sibling(text, sep.end(), text[start:at]))
            if grown is not None:
                at, items, adults = grown.end(), items + 1, adults + 1  # "... and my brother" back
                continue  # from deployment, whom the party is for: one adult
            if item is None and (kin := _UNSURE.match(text, sep.end())):
                more = bool(_MORE.match(text, sep.end()) and not group_choosing(text, sep.end()))
                stop = stop or (at, 0 if more else items, adults, friends, counted)
                at, items, adults = kin.end(), items + 1, adults + int(kin.group("unsure") or 1)
                unsure = True  # "my 2 brothers": grown, if the count of the list says so
                continue
            if item is None:
                if (_MORE.match(text, sep.end()) and not group_choosing(text, sep.end())) or (
                    _NAME_LAST.match(text, sep.end()) and re.search(r"and|&|\+|plus", sep.group(0))
                ):  # "me, my husband, his sister ...": someone the list does not count; "us 2,
                    items = 0  # my parents, and Mia (turning 8)": a guest by name, of what age?
                break
            at, items = item.end(), items + 1
            if item.re is AGED_FRIENDS:  # the aged groups' count, taken back by the guests' reader
                adults += int(item.group("aged_friends"))
            if item.re in (AGED_RELATIVES, AGED_RELATION, AGED_FRIENDS, MULTIPLE_AGED, MULTIPLES_AGAIN,
                           _KID_HONOREE, _YEAR_OLDS):  # fmt: skip
                continue
            writer = writer or bool(item.group("writer"))
            number = int(item.group("friends") or item.group("peers") or item.group("adults")
                         or item.group("grown") or item.group("sibs") or 0)  # fmt: skip
            number += 2 * int(item.group("couples") or 0)
            number += int(item.group("kin_n") or 0) + int(item.group("our_n") or 0)
            adults += (
                1
                if item.group("one") or item.group("writer") or item.group("pronoun")
                else (2 if item.group("pair") or item.group("couple") else 0)
            )
            adults += number
            friends += int(item.group("friends") or item.group("peers") or 0)
            adult_word = item.group("adults") or re.fullmatch(ADULT, item.group("fword") or "")
            counted += number if adult_word else 0
        unsure = unsure and list_counted_again(text, (start, at), adults, opening=True)
        if stop and not unsure:
            at, items, adults, friends, counted = stop  # the list read as far as the first of them
        if items >= 2 and at > start and writer:  # a list of relations only: is the writer in it?
            return Company(adults, (start, at), friends, counted, unsure=unsure)
    return None


# The kid whose birthday it is, an item of the list ("the birthday boy", "the bday girl")
_KID_HONOREE = re.compile(
    r"the\s+(?:birthday|bday|b-day)\s+(?:boy|girl|kid)\b(?=\s*(?:,|&|\+|and\b|plus\b))"
)
# The writer's or a relation's kids by their age ("our 2 7 year olds (twins!)", "their 9 year
# old", the grades rewritten): counted one by one by the year-olds' reader, an item of the list
# (round q84l: the list ended before them and dropped the relatives after)
_YEAR_OLDS = re.compile(
    r"(?:our|my|their|his|her)\s+(?:\d\s+)?\d{1,2}[- ]?(?:years?|yrs?|yo)[- ]?olds?\b"
    r"(?:\s*\([a-z!]{1,12}\))?"
    r"(?=\s*(?:,|&|\+|and\b|plus\b|[.!?\n]|$))"
)
# The kid's age told: "he's turning 6", "her 9th bday" (not "turning 20 months")
_AGE_TOLD = re.compile(
    r"\b(?:turning|turns)\s+1?\d\b(?!\s*(?:mo|months?)\b)|\b1?\d(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b"
)


def _kid_aged(text: str) -> bool:
    """A kid's birthday whose age is told ("he's turning 6", "her 9th bday")."""
    return kids_birthday(text) and bool(_AGE_TOLD.search(text))


# A first name opening the list before the writer ("it'll be jake, me and my husband, ..."): one
# guest the list does not count (a kid or grown?), so the list is not read; pronouns and words
# that are no one are read elsewhere
_NAME_BEFORE = re.compile(
    r"(?:\bbe|:)\s+(?!(?:just|like|only|basically|literally|probably|prob|maybe|us|him|her|them|"
    r"grandma|grandpa|nana|mom|dad|hubby|wifey|count|all|both|either|again|also|too)\b)[a-z]{3,12}\s*,\s*\Z"
)


# A first name closing the list ("us 2, my parents, and jake.", "... and Mia (turning 8)"): one
# guest the list does not count (a kid or grown?), so the list is not read and the net asks
# (round q83d); words that are no one ("too", "thanks") are not a name
_NAME_LAST = re.compile(
    r"(?!(?:too|also|lol|haha|thanks|thank|thx|ty|pls|please|everyone|everybody|all|more|then|"
    r"that|this|so|yes|yeah|yep|ok|okay|etc|stuff|whoever|them|us|me|i|it|him|her)\b)[a-z]{2,12}"
    r"(?:\s*\(\s*(?:turning\s+|turns\s+|age\s+)?\d{1,2}[^)]{0,12}\))?\s*(?=[.!?\n]|$)"
)


# "my 2 brothers", "my sister", "my cousin" (or their partner) of no age told, an item of its own
# (a separator or the end after it): grown or kids? Adults only when a count of adults said of the
# list agrees ("me, my 2 brothers, my mom n my dad ... 5 adults"), else the list is read as far as
# the first of them and the coverage check asks
_UNSURE = re.compile(
    r"(?:my|our)\s+(?:(?P<unsure>\d{1,2})\s+(?:older\s+|big\s+)?(?:brothers|sisters|siblings|cousins)"
    r"|(?:older\s+|big\s+)?(?:brother|sister|cousin)"
    # "my brothers gf": a sibling's partner, of the sibling's age or grown
    r"(?:(?:'s|s|’s)\s+(?:gf|bf|girlfriend|boyfriend|wife|husband|fianc(?:e|ee)|partner))?)\b"
    r"(?=\s*(?:,|&|\+|and\b|plus\b|n\b|[.!?\n]|$))"
)


# Where a list of the party may open: the writer, or a relation with their partner at the start of
# a sentence or after "for" ("for my sister, her husband, their 3 girls (12, 9, 4), me and ..."),
# or a parent or a pair of relations there when the writer is in the list ("my parents, my
# brother + his wife, me and my wife, and the grandkids 13, 10, 7"; "Guest list: my dad, my mom, me")
_COUPLE_OPENS = gated(re.compile(
    # "the party will be my sister, her husband, ...", "it'll be my aunt, her husband, ...", "its
    # gonna be my dad, my 2 brothers (19 and 16), my mom, me and my wife ..."
    # "dinner for my family 🧧 my parents, ...": an emoji gone leaves a gap that opens the list
    # "it's my parents, me & my husband, ...": "it's" as "it'll be" (round q83f)
    r"(?:^|(?<=[.!?\n:])|(?<=\S  )|(?<=\bfor )|(?<=\bwith )|(?<=\bbe )|(?<=\bit's )|(?<=\bits ))"
    # ("who's coming:\n- pastor ken and his wife\n- 5 couples": a bullet before it)
    rf"\s*(?:[-*\u2022][ \t]*)?(?:{KIN})(?P<writer>(?!))?"
))  # fmt: skip


# "the 4 of us adults, my parents and ...": the writer's own group, counted, opens the list
# "it's going to be us 2 plus our 3 kids ...": "us 2" (spoken "us two") is the same
_US = re.compile(
    # ("the 6 of us grown-ups and the grandkids: 12, 8, 4": the grown-ups' word too)
    r"\b(?P<writer>(?:the\s+(?P<us>\d{1,2})\s+of\s+us|us\s+(?P<us_n>[2-4]))"
    r"(?:\s+(?:adults|grown-?ups))?)\b"
    r"(?=\s*(?:,|&|\+|and\b|plus\b))"
)


def us_lists(text: str) -> list[tuple[int, int]]:
    """Where "the 4 of us (adults)" opens a list of the party ("..., my parents and my brother +
    his wife"): the first item of the list, not the party's size (unless the list is said to be
    inside it: "the 10 of us, my parents included")."""
    found = []
    for m in _US.finditer(text):
        sep = SEP.match(text, m.end())
        item = sep and ITEM.match(text, sep.end())
        if item and not item.group("adults") and not _INSIDE.match(text, item.end()):
            found.append(m.span())
    return found


_INSIDE = re.compile(r"\s*\(?\s*(?:are\s+|is\s+)?(?:included|incl\b|including|inclusive|counted|among)")


# "the party will be my wife and i, our 3 grown children and ...": the writer's couple, "i" after
# the partner, opening a list (a comma after it)
_COUPLE_I = re.compile(
    rf"(?:^|(?<=[.!?\n:])|(?<=\bbe )|(?<=\bis ))\s*(?P<couple>(?:my|our)\s+{PARTNER}\s+(?:and|&)\s+i)"
    r"(?=\s*,)(?P<writer>(?!))?"
)


# "it'll be grandma, my parents, me and my wife, ...": a grandparent named bare opening the list
# after "be" (a comma after it), one adult as "my grandma" is
_GRAND_OPENS = re.compile(rf"(?<=\bbe )(?P<one>{BARE_GRAND})(?P<writer>(?!))?")


def _starts(text: str) -> list[re.Match[str]]:
    """The writer, and the relations with their partner that open a list, in order of place."""
    found = [*re.finditer(rf"\b(?P<writer>{WRITER})", text), *_COUPLE_OPENS.finditer(text),
             *_US.finditer(text), *_COUPLE_I.finditer(text), *_GRAND_OPENS.finditer(text),
             *us_couple(text)]  # fmt: skip
    return sorted(found, key=lambda m: m.start())
