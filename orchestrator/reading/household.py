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
writer's role ("2 other instructors") and mothers or fathers ("6 moms") are adults."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.adult_roles import ADULT_IN_ROLE, BARE_GRAND
from orchestrator.reading.alternation import alternation
from orchestrator.reading.choosers import group_choosing
from orchestrator.reading.grown_birthday import grown_birthday, kids_birthday
from orchestrator.reading.grown_honoree import grown_honoree_item, grown_honorees
from orchestrator.reading.honoree import young_invitees
from orchestrator.reading.joined_before import (
    BEFORE,
    OTHERS_BEFORE,
    UNCOUNTED_BEFORE,
    counted_before,
    more_before,
)
from orchestrator.reading.kin_couples import COUPLE, KIN_COUPLES, KIN_GLOSS, KIN_OF
from orchestrator.reading.kin_words import BOTH as _BOTH
from orchestrator.reading.kin_words import KIN
from orchestrator.reading.kin_words import ONE as _ONE
from orchestrator.reading.kin_words import PAIR as _PAIR
from orchestrator.reading.multiples import (
    MULTIPLE_AGED,
    MULTIPLES_AGAIN,
    listed_multiples,
    multiples_named_again,
)
from orchestrator.reading.partners import NICKNAME, PARTNER, PARTNER_BEFORE
from orchestrator.reading.phrases import AGED_FRIENDS, FRIEND_WORDS, SOMEONE_BEFORE, Company
from orchestrator.reading.relations import AGED_RELATION, AGED_RELATIVES
from orchestrator.reading.words import ADULT_WORDS
from orchestrator.reading.writer_sibling import grown_sibling

_WRITER = r"(?:just\s+)?(?:me|myself)\b"
_MINE = r"(?:my|our)\s+"
_GROWN_KIN = r"(?:aunts|aunties|uncles|titas|titos|tias|tios)"
_ADULT = alternation(ADULT_WORDS)
# "13 10 and 6", "9, 7 & 3": ages one by one, the last after "and" (not a time or another count)
_SPOKEN_AGES = (
    r"\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2})*\s*,?\s*(?:&|and)\s*\d{1,2}"
    r"\b(?!\s*(?:\d|/|:|(?:am|pm|kids|children|adults|people|guests|ppl|friends|of)\b))"
)
ITEM = re.compile(
    rf"(?P<couple>{COUPLE})|(?:{KIN_OF})?{KIN_COUPLES}"  # "my 3 sisters and their husbands"
    rf"|(?P<writer>{_WRITER})"  # "my brother, his wife, ..., me and my husband": the writer inside
    # "me + hubby", "me, wife and ...": the writer's partner, the "my" left out
    rf"|(?P<pair>{_BOTH}|{KIN_OF}{_PAIR}\b(?!')){KIN_GLOSS}?"
    # "me + wifey", "me, the mrs and ...", "me, my date and 6 friends": the partner by a nickname
    # "me + my husband, 8 other adults, grandma, and ...": a grandparent needs no "my"
    rf"|(?P<one>(?:{KIN_OF}{_ONE}|{PARTNER}|{NICKNAME}|{BARE_GRAND})\b(?!')|{ADULT_IN_ROLE}){KIN_GLOSS}?"
    # "5 of my dads friends from work": the writer's family's friends are adults as the writer's are
    # ("6 of dad's friends from church": the writer's parent, the "my" left out)
    rf"|(?:{_MINE})?(?P<friends>\d{{1,3}})\s+(?:other\s+|more\s+|of\s+(?:my|our)\s+"
    r"(?:(?:mom|mum|dad|mother|father|parent|husband|wife|hubby|partner)(?:'?s|s')\s+)?"
    r"|of\s+(?:mom|mum|dad|mother|father)'?s\s+"
    # "6 of her friends from work": whoever's friends they are, from work they are grown
    # ("6 of her friends from church" only at a grown person's birthday: `grown_birthday`)
    rf"|(?P<whose>of\s+(?:his|her)\s+(?=(?:{FRIEND_WORDS})\s+from\s+(?:work|the office|church)\b)))?"
    rf"(?P<fword>{FRIEND_WORDS})\b(?:\s+from\s+(?:work|church|the office))?"
    # "14 of his college friends (all 21-22)", "8 of her classmates (all 23-26)": anyone's friends
    # or classmates, grown by the ages told for all of them ("(all 19-20)": the aged friends' reader)
    rf"|(?P<peers>\d{{1,3}})\s+(?:of\s+(?:his|her|their|my|our)\s+)?(?:(?:college|school|uni|old|"
    rf"best|close)\s+)?(?:{FRIEND_WORDS}|classmates|(?:sorority|frat|fraternity)\s+(?:sisters|brothers))"
    r"\s*\(\s*all\s+[2-9]\d(?:\s*(?:-|to)\s*[2-9]\d)?\s*\)"
    # "me and my wife and 4 other parents": others of the same role are adults as the writer is
    # "and the neighbors next door 2 adults and their 2 kids": a household named, then counted;
    # "our son (14) and his 3 coaches": grown by their role, whoever's they are
    rf"|(?:(?:the|our|my)\s+(?:neighbou?rs|friends)(?:\s+next\s+door|\s+across\s+the\s+street)?"
    r"\s*[,:-]?\s+|(?:his|her|their)\s+(?=\d{1,3}\s+(?:coach(?:es)?|advisors?|chaperones?)\b))?"
    rf"(?P<adults>\d{{1,3}})\s+(?:other\s+|more\s+)?(?:{_ADULT})\b"
    r"(?!\s*(?:total|in total|in all|altogether)\b)"  # ("10 adults from their church")
    rf"(?:\s+from\s+(?:{_MINE}|their\s+)?(?:work|church|the office))?"
    # "6 of my adult cousins (all over 21)", "my 3 aunts", "my 2 titas": adults by what they are
    rf"|(?:(?:my|our)\s+(?=\d{{1,3}}\s+{_GROWN_KIN}\b))?(?P<grown>\d{{1,3}})\s+(?:of\s+(?:my|our)\s+"
    r"(?:adult|grown)\s+[a-z]+s\b"
    r"(?:\s*\(\s*(?:all\s+)?(?:(?:over|above|older than)\s+(?:1[89]|[2-9]\d)|adults)\s*\))?"
    rf"|{_GROWN_KIN}\b"
    # "me and 2 other instructors", "and 6 moms": others of the writer's grown role, and mothers
    # or fathers (parents, grown-ups by what they are), adults no adult word counts
    # ("me + 9 of my girls plus 5 of our moms": the group's mothers, adults as well)
    r"|(?:other\s+|of\s+(?:our|their)\s+)?(?:moms|mums|dads|mothers|fathers)\b"
    r"|other\s+(?:instructors|teachers|volunteers)\b)"
    # "my sisters 2 kids (8 and 5)", "our neighbors' 2 kids (7 and 12)": someone's kids, no adult
    r"|(?P<kids>(?:(?:my|our|the|their|his|her)\s+(?:(?:sister|brother|neighbou?r|cousin)(?:'s|s'?|’s)\s+)?)?"
    r"\d{1,2}\s+(?:other\s+)?"
    r"(?:kids|children|little ones|kiddos|boys|girls)\b"
    # "our 3 kids they are 13 10 and 6" (spoken, no commas): their ages told after them (the
    # "they are" may come blanked by the prepass); "our 3 kids (tre em) 12, 9 and 4": a word
    # glossed in a bracket before their ages
    r"(?:(?:\s*\([a-z ]{1,24}\))?"
    rf",?\s+(?:(?:they\s+are|they'?re|who\s+are|ages?|aged)\s+)?{_SPOKEN_AGES}"
    r"|\s*\([^)]*\))?"
    # "our kids (13, 11, 9, 5)", "our kids (ages 13, 11, 9, 5)": their ages in brackets
    r"|(?:my|our|the)\s+(?:kids|children|boys|girls)\s*\(\s*(?:ages?\s*:?\s*|aged\s+)?"
    r"\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+\s*\)"
    # "our kids 9 7 and 3", "my boys 10 and 7": their ages after a space, the last after "and"
    # "the kids: 10 (birthday boy), 8, 9 and 11": their ages after a colon, a remark beside one
    # ("..., kids: 9, 7, 8": no "the" needed in a list)
    # (the writer's grandkids too: "the 10 of us adults and the grandkids: 11, 9, 6, 4 and 2")
    r"|(?:(?:my|our|the|their)\s+(?:kids|children|boys|girls|grandkids|grandchildren)|kids|children)\s*:"
    r"\s*\d{1,2}(?:\s*\([a-z' ]{1,25}\))?"
    r"(?:\s*(?:,|&|and)\s*\d{1,2}(?:\s*\([a-z' ]{1,25}\))?)+(?!\s*(?:\d|/|:|-))"
    # "our kids Emma (11) and Jake (7)": each by name with their age
    r"|(?:my|our|the)\s+(?:kids|children|boys|girls)\s+[a-z]+\s*\(\s*\d{1,2}\s*\)"
    r"(?:\s*(?:,|&|and)\s*[a-z]+\s*\(\s*\d{1,2}\s*\))+"
    # "plus kids 10, 7 and 5", "and the kids are 7 8 9 and 3": the party's kids, no "my" needed
    r"|(?:(?:my|our|the)\s+)?(?:kids|children|boys|girls)(?:\s+(?:are|r))?\s+\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2})*"
    r"\s*,?\s*(?:&|and)\s*\d{1,2}"
    r"\b(?!\s*(?:\d|/|:|(?:am|pm|kids|children|adults|people|guests|ppl|friends|of)\b)))"
    # "my little brother (9)", "our son (4)": a relation told with its age, counted by its age
    r"|(?P<aged>(?:my|our|his|her|their|the)\s+(?:(?:little|baby|big|youngest|oldest)\s+)?(?:son|daughter|"
    r"grandson|granddaughter|niece|nephew|baby|brother|sister|twins)\s*\(\s*\d{1,2}[^)]{0,12}\))"
    # "my dad and his 2 brothers", "my wife and her 2 sisters": a grown one's siblings, adults
    # (only right after that one: "our son and his 2 brothers" may be kids)
    # ("her 2 brothers (8 and 10)": their ages told, counted by them)
    r"|(?:his|her)\s+(?P<sibs>\d{1,2})\s+(?:brothers|bros|sisters|siblings)\b(?!'|\s*\(\s*\d)"
    # "its me, him, his parents": the one the writer comes with, by a pronoun that is an item of
    # its own (a separator or the end after it; "her parents", "her 3 kids" are read above)
    r"|(?P<pronoun>him|her)(?=\s*(?:,|&|\+|and\b|plus\b|[.!?\n]|$))"
)
_SEP = re.compile(
    # a bulleted list ("Who's coming:\n- me and my wife\n- my parents"): a line's bullet too
    # "me my husband our 3 kids ...": spoken without commas, the next item opening with "my"/"our"
    # ("me n 14 of my teammates, all adults, plus ...": the aside between two items says no one)
    r"(?:\s+(?:lol|haha)\b)?(?:\s*,\s*all\s+(?:adults|grown-?ups)(?=\s*,))?"
    # ("+ 9 friends (all 22-23) + his mom + dad": grown ages for all of the item, no one more)
    r"(?:\s*\(\s*all\s+(?:1[89]|[2-9]\d)(?:\s*(?:-|to)\s*[2-9]\d)?\s*\))?"
    r"\s*(?:,\s*(?:and\s+(?:then\s+)?|plus\s+|n\s+|&\s*|\+\s*)?"
    r"|\s+(?:and(?:\s+then)?|plus|n|with)\s+|\s*[&+]\s*"  # "... and then my sister ...": one more item
    r"|[ \t]+(?=(?:my|our)\s)"
    r"|\n[ \t]*[-*\u2022][ \t]*)"
    r"(?:(?:lol|haha)\b\W*\s*)?"  # "lol" a word, not "lolo"
)


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
        ):  # "some couples from church + me and my husband", "her, me and 3 couples": how many?
            return None
        prev: re.Match[str] | None = m
        while sep := _SEP.match(text, at):
            item = ITEM.match(text, sep.end())
            if item is not None and item.group("sibs") and not (prev and prev.groupdict().get("one")):
                item = None  # "our son and his 2 brothers": whose siblings, of what age?
            prev = item
            if item is not None and item.group("adults") and "," in sep.group(0) and not re.search(
                r"and|plus|&|\+", sep.group(0)
            ) and not re.search(r"\bother\b", item.group(0)):  # "me and my wife, 10 adults": the
                # whole party, or 10 more? (", and 8 couples", ", 4 other couples": more)
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
            grown = None if item else grown_honoree_item(text, sep.end(), grown_honorees(text, start))
            grown = grown or (None if item else grown_sibling(text, sep.end(), text[start:at]))
            if grown is not None:
                at, items, adults = grown.end(), items + 1, adults + 1  # "... and my brother" back
                continue  # from deployment, whom the party is for: one adult
            if item is None:
                if _MORE.match(text, sep.end()) and not group_choosing(text, sep.end()):
                    items = 0  # "me, my husband, his sister ...": someone the list does not count
                break
            at, items = item.end(), items + 1
            if item.re is AGED_FRIENDS:  # the aged groups' count, taken back by the guests' reader
                adults += int(item.group("aged_friends"))
            if item.re in (AGED_RELATIVES, AGED_RELATION, AGED_FRIENDS, MULTIPLE_AGED, MULTIPLES_AGAIN):
                continue
            writer = writer or bool(item.group("writer"))
            number = int(item.group("friends") or item.group("peers") or item.group("adults")
                         or item.group("grown") or item.group("sibs") or 0)  # fmt: skip
            number += 2 * int(item.group("couples") or 0)
            adults += (
                1
                if item.group("one") or item.group("writer") or item.group("pronoun")
                else (2 if item.group("pair") or item.group("couple") else 0)
            )
            adults += number
            friends += int(item.group("friends") or item.group("peers") or 0)
            adult_word = item.group("adults") or re.fullmatch(_ADULT, item.group("fword") or "")
            counted += number if adult_word else 0
        if items >= 2 and at > start and writer:  # a list of relations only: is the writer in it?
            return Company(adults, (start, at), friends, counted)
    return None


# Where a list of the party may open: the writer, or a relation with their partner at the start of
# a sentence or after "for" ("for my sister, her husband, their 3 girls (12, 9, 4), me and ..."),
# or a parent or a pair of relations there when the writer is in the list ("my parents, my
# brother + his wife, me and my wife, and the grandkids 13, 10, 7"; "Guest list: my dad, my mom, me")
_COUPLE_OPENS = gated(re.compile(
    # "the party will be my sister, her husband, ...", "it'll be my aunt, her husband, ...", "its
    # gonna be my dad, my 2 brothers (19 and 16), my mom, me and my wife ..."
    # "dinner for my family 🧧 my parents, ...": an emoji gone leaves a gap that opens the list
    r"(?:^|(?<=[.!?\n:])|(?<=\S  )|(?<=\bfor )|(?<=\bwith )|(?<=\bbe ))"
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
        sep = _SEP.match(text, m.end())
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


def _starts(text: str) -> list[re.Match[str]]:
    """The writer, and the relations with their partner that open a list, in order of place."""
    found = [*re.finditer(rf"\b(?P<writer>{_WRITER})", text), *_COUPLE_OPENS.finditer(text),
             *_US.finditer(text), *_COUPLE_I.finditer(text)]  # fmt: skip
    return sorted(found, key=lambda m: m.start())
