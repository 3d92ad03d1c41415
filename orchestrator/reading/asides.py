"""Words that look like order words but change nothing the parse read: an event's name ("girls
night", "guys' trip"), the person celebrated ("my daughter is turning 7", when the kids are
counted), the people a counted choice is for ("2 extra lobster tails for the birthday girl and
her husband"), and the reason for something taken out ("no sake thanks, we don't drink"). Each
reader returns the spans it explains, so the safety net (`coverage`) does not ask about them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.literal_gates import gated
from orchestrator.reading.added_household import added_household
from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.declines_beside import declined_beside
from orchestrator.reading.kids_away import kids_night
from orchestrator.reading.meats_out import meats_left_out
from orchestrator.reading.parts_to_total import parts_to_total
from orchestrator.reading.party_size import party_size_spans
from orchestrator.reading.phrases import event_names
from orchestrator.reading.portion_people import portion_numbers
from orchestrator.reading.reason_counts import reason_clauses, reason_counts
from orchestrator.reading.removal_reasons import removal_reasons
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.who_numbers import who_numbers
from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS
from orchestrator.reading.work_roles import SENIORITY, STAFF, WHICH_ROLE

Span = tuple[int, int]

_KIN = (
    r"(?:wife|husband|hubby|partner|mom|dad|mother|father|son|daughter|boy|girl|kid|baby|brother|"
    r"sister|grandma|grandpa|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|friend|best friend|"
    r"tito|tita|lolo|lola|kuya|tio|tia|abuelo|abuela|"
    # a partner by any name ("the graduate and her boyfriend")
    r"boyfriend|girlfriend|bf|gf|fianc(?:e|ee)|spouse|"
    r"boss|coworker|neighbou?r|"
    # the godparents of a baptism ("his 2 godparents", "her padrinos")
    r"godparent|godmother|godfather|padrino|madrina)"
)
_POSSESSIVE = r"(?:my|our|her|his|their|the)\s+"
# "my daughter is turning 7", "our son turns 10": whose party it is.
_CELEBRATED = re.compile(
    rf"\b{_POSSESSIVE}(?:little\s+|big\s+|oldest\s+|youngest\s+)?{_KIN}\s+(?:is\s+turning|turns|"
    r"will be turning|is going to be|will turn)\s+\d{1,3}\b"
)
# One person named by who they are; a pair word ("parents") is two.
_ONE_PERSON = (
    rf"(?:{_POSSESSIVE}{WHICH_ROLE}(?:{_KIN}|groom|bride|host|hostess|guest of honou?r|"
    r"coach|(?:birthday|bday|b-day) (?:girl|boy)|graduate|grad|retiree|honou?ree|director|manager|"
    # the girl a quinceañera is for, by the occasion's own word
    r"quincea(?:n|ñ)era|quince (?:girl|princess)|supervisor|"
    # the one in charge at work ("the foreman", "the owner", "the superintendent")
    r"foreman|forewoman|superintendent|owner|ceo|"
    # the wedding party by role ("the maid of honor", "the best man")
    r"(?:maid|matron) of honou?r|best man|officiant)"
    r"|me|myself)\b(?!')"
)
_PAIR = rf"{_POSSESSIVE}(?:parents|in-?laws|grandparents|(?:happy\s+)?couple|newlyweds)\b"
_TWO = re.compile(r"(?:parents|laws|couple|newlyweds)$")
# "his 2 brothers", "her 3 buddies", "the 2 VPs": a few people of someone named, as many as said
_FEW = (
    rf"{_POSSESSIVE}(?:(?:top|best|lucky)\s+)?(?P<few>\d{{1,2}})\s+(?:{SENIORITY}\s+)?"
    rf"(?:{_KIN}s|buddies|pals|guys|bros|children|"
    # people at work or at home by role ("the 2 VPs", "her 2 roommates", "the top 2 closers")
    r"grandparents|vps|managers|directors|execs|executives|supervisors|foremen|owners|colleagues|roommates|"
    rf"teammates|besties|closers|winners|sellers|performers|reps|eaters|{STAFF})\b(?!')"
)
PERSON = re.compile(rf"(?:{_PAIR})|{_FEW}|{_ONE_PERSON}")
# "for his 2 godparents and 2 grandmas": after a few counted, more counted with the possessive
# carried over (only after a number: "for his 2 brothers and 2 kids" adds up to the count or asks)
_FEW_CARRIED = re.compile(
    rf"(?P<few>\d{{1,2}})\s+(?:{_KIN}s|buddies|pals|bros|grandparents|colleagues|roommates|teammates)\b(?!')"
)
# "plus 2 extra lobster tails for him and his brother": "him" only for portions said to be extra
# ("2 lobster for him and his wife and chicken for everyone else" stays asked); "her" so too
# when a joint follows it ("for her and her fiance": a person, not whose)
_HER = r"her(?=\s*(?:[,.!?&+]|and\b|n\b|$))"
# "2 lobster tails on top for Linda and her husband": a first name, the one "her"/"his" right after
# it points to (only for portions said to be extra, as "him")
_NOT_NAME = r"(?:the|my|our|everyone|everybody|all|us|them|kids|adults|guests|table|group|each|both)"
_FIRST_NAME = rf"(?!{_NOT_NAME}\b)[a-z]{{3,}}(?=\s*(?:,|and|&|n|\+)\s+(?:her|his)\s+{_KIN}\b)"
_EXTRA_PERSON = re.compile(rf"(?:{_PAIR})|{_FEW}|{_ONE_PERSON}|him\b|{_HER}|{_FIRST_NAME}")
_FOR_PEOPLE = re.compile(r"\s*(?:tails?\s+)?(?:(?:on top|extra)\s+)?for\s+")
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*|\s+n\s+)")


def celebrated(text: str, *, kids_counted: bool) -> list[Span]:
    """ "my daughter is turning 7": whose birthday it is. Explained only when the kids are counted
    (then the birthday child is among them); otherwise a careful person asks."""
    return [m.span() for m in _CELEBRATED.finditer(text)] if kids_counted else []


def people_for_counts(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "2 extra lobster tails for the birthday girl and her husband": the people a counted choice
    is for, when the words name as many people as the count, or any people when the portions are
    said to be extra ("plus 2 lobster tails extra for the groom"); more people named after them
    and not counted ("for the foreman and his crew") leave the words to the coverage net."""
    spans = []
    for ask in asks:
        if not ask.portions or ask.each_for is not None:
            continue
        opener = _FOR_PEOPLE.match(text, ask.end)
        if not opener:
            continue
        # "2 lobster tails extra for the groom": portions on top, for whoever the words name
        before = text[max(0, ask.start - 25) : ask.start]
        extra = re.search(r"\b(?:extra|on top|additional)\b", opener.group(0)) or re.search(
            r"\b(?:extra|additional|plus\s+\d{1,3})\s+(?:\w+\s+)?$", before
        )
        if them := _THEM.match(text, opener.end()):
            spans += _named_before(text, ask, them.end()) if extra else []
            continue
        people, at, numbered = people_named(text, opener.end(), _EXTRA_PERSON if extra else PERSON)
        if (joint := _AND.match(text, at)) and _MORE_NAMED.match(text, joint.end()):
            continue  # "for the foreman and his crew": more people named, not counted
        # a number among them must add up to the count; so must several people for fewer extras
        if people == ask.portions or (extra and not numbered and 0 < people <= max(1, ask.portions)):
            spans.append((ask.end, at))
    return spans


def people_named(text: str, at: int, who: re.Pattern[str]) -> tuple[int, int, bool]:
    """The people `who` names one after another from `at` ("my dad and his 2 brothers"): how
    many, where their names end, and whether a number counts some of them."""
    people, numbered = 0, False
    while person := who.match(text, at):
        if person.group("few"):
            people, numbered = people + int(person.group("few")), True
        else:
            people += 2 if _TWO.search(person.group(0)) else 1
        at = person.end()
        joint = _AND.match(text, at)
        if joint and (carried := _CARRIED.match(text, joint.end())):
            people, at = people + 1, carried.end()  # "my dad and grandpa": the "my" carried over
            joint = _AND.match(text, at)
        if joint and numbered and (few := _FEW_CARRIED.match(text, joint.end())):
            people, at = people + int(few.group("few")), few.end()  # "his 2 godparents and 2 grandmas"
            joint = _AND.match(text, at)
        if not joint or not who.match(text, joint.end()):
            break
        at = joint.end()
    return people, at, numbered


_CARRIED = re.compile(rf"{_KIN}\b(?!')")
# a group after those counted, by whose it is ("and his crew", "and the whole team"): a person
# ("and her man", "and my aunties") is among those the extras are for
_MORE_NAMED = re.compile(
    rf"{_POSSESSIVE}(?:[a-z]+\s+)?(?:crew|team|guys|staff|people|folks|gang|group|department|dept|"
    r"coworkers|co-workers|employees|workers)\b"
)
_THEM = re.compile(r"them\b")
# Where the people "them" points back to may open a sentence: "so my dad and his 2 brothers ..."
_OPENING = re.compile(r"[\s,]*(?:(?:so|and|also|oh|ok|okay|btw|plus)\b[\s,]*)*")


def _named_before(text: str, ask: ProteinAsk, end: int) -> list[Span]:
    """ "my dad and his 2 brothers eat a lot, add 3 extra lobster tails for them": extras for
    "them", the people who open the sentence, as many as the extras (otherwise asked); their
    names and the "for them" are explained, the people being guests already."""
    start = sentence_start(text, ask.start)
    opening = _OPENING.match(text, start)
    start = opening.end() if opening else start
    people, at, _ = people_named(text, start, PERSON)
    return [(start, at), (ask.end, end)] if people and people == ask.portions else []


def people_numbers(text: str, asks: Sequence[ProteinAsk], adults: int | None = None) -> list[Span]:
    """The spans of `people_for_counts` with a number in them ("for my dad and his 2 brothers"):
    that number is placed, it counts the people the portions are for; the added guests named
    again with their number ("add 2 adults, 2 interns are coming": `added_who`); and the party's
    size said as what it is, equal to the `adults` counted ("a 9 person startup ... 9 adults"); and
    who declined beside who comes ("21 adults confirmed (3 declined)"), and a count in the reason
    for a new total ("2 of my cousins flew in, so make it 12 adults"), and a household's size
    before its people counted ("the smiths are coming too (4: 2 adults, 2 kids ...)")."""
    spans = [*people_for_counts(text, asks), *added_who(text)]
    numbered = [(s, e) for s, e in spans if re.search(r"\d", text[s:e])]
    numbered += reason_counts(text)  # "2 of my cousins flew in, so make it 12 adults"
    numbered += parts_to_total(text)  # "6 mechanics + 2 front desk + me = 9 adults"
    numbered += portion_numbers(text)  # "each person gets 3: 1 shrimp, 1 filet, 1 chicken"
    numbered += who_numbers(text, adults)  # "rsvps so far: 22 yes, 3 no", "1 of my couples"
    numbered += [s for s in added_household(text) if re.search(r"\d", text[s[0] : s[1]])]  # "(4: 2"
    return numbered + party_size_spans(text, adults) + declined_beside(text)  # "(3 declined)"


# "add 2 adults, my coworkers r coming", "2 more adults - my cousins are joining": who the guests
# added are, as many as the count (a pair word only for 2); "12 adults, my cousins are coming
# too" adds to no count and stays asked; "my neighbors want in", "my cousins wanna come" say it too
_ADDED_WHO = gated(re.compile(
    r"(?:\badd(?:ing)?\s+(?:another\s+)?(\d{1,3})\s+(?:more\s+)?|\b(\d{1,3})\s+more\s+)"
    r"(?:adults?|people|ppl|guests)(?:\s+(?:pls|please|plz))?\s*[,:?!.-]?\s*"
    # "add 3 adults, 3 of the parents want to come too": the same number of a group named
    r"((?:my|our|his|her|their|(\d{1,3})(?:\s+of\s+(?:the|our|my))?)\s+([a-z-]+))(?:\s+"
    r"(?:(?:r|are|will be|'re|re)\s+(?:also\s+|now\s+)?(?:coming|comin|joining|joining us)"
    # "my neighbors want in", "my cousins wanna come", "my roommates can make it"
    r"|(?:also\s+)?(?:want\s+in|wanna\s+(?:come|join)|want\s+to\s+(?:come|join)"
    r"|can\s+(?:come|make it)|signed\s+up))\b"
    # "add 2 adults pls, 2 of the dads" (`restated`'s "2 more dads"), the sentence's end (q86l)
    r"|(?P<end>(?=\s*(?:[.!?\n]|\Z))))"
))  # fmt: skip
_NOT_ADULTS = frozenset((*KID_WORDS, *TODDLER_WORDS, *TEEN_WORDS))
_ADDED_WORDS = re.compile(
    r"(?:co-?workers|colleagues|neighbou?rs|cousins|friends|buddies|pals|bros|brothers|sisters|"
    r"uncles|aunts|titas|titos|tias|tios|roommates|teammates|classmates)"
)


def added_who(text: str) -> list[Span]:
    """ "add 2 adults, my coworkers r coming": the relation naming the adults a follow-up adds."""
    spans = []
    for m in _ADDED_WHO.finditer(text):
        added, word = int(m.group(1) or m.group(2)), m.group(5)
        pair = re.fullmatch(r"parents|grandparents|in-?laws", word)
        # "add 2 adults, 2 interns are coming": the same number, whoever they are (not kids)
        again = m.group(4) is not None and int(m.group(4)) == added
        again = again and word.endswith("s") and word not in _NOT_ADULTS
        if m.group("end") is not None and m.group(4) is None:
            continue  # ("add 2 adults, my cousins." with no arrival said: as before)
        if again or (m.group(4) is None and (_ADDED_WORDS.fullmatch(word) or (pair and added == 2))):
            spans.append(m.span(3))
    return spans


def counted_choice(text: str, asks: Sequence[ProteinAsk]) -> list[Span]:
    """ "chicken plus either shrimp or filet: 10 shrimp, 8 filet": a choice between two proteins
    that the same sentence then counts, each of them."""
    spans = []
    for a, b in zip(asks, asks[1:], strict=False):
        if a.sentence != b.sentence or not re.fullmatch(r"\s*or\s*", text[a.end : b.start]):
            continue
        counted = {x.protein for x in asks if x.portions is not None and x.start > b.end
                   and x.sentence == b.sentence}  # fmt: skip
        if {a.protein, b.protein} <= counted:
            either = re.search(r"\beither\s+$", text[max(0, a.start - 8) : a.start])
            spans.append((a.start - (len(either.group(0)) if either else 0), b.end))
    return spans


# "bit over budget", "over our budget", "$20 over": why the customer changes the order, no choice
# "over" another
# "drop the show, budget's tight", "money's a little tight this month", "we're on a budget": the
# reason for a change, no item of the order
_BUDGET = gated(re.compile(
    r"\b(?:over|above|outside|out of|beyond)\s+(?:our\s+|my\s+|the\s+)?budget\b"
    # "ahh $20 over 😅": an amount the quote is over by
    r"|\$\s?\d{1,4}(?:\.\d\d)?\s+(?:over|too\s+(?:much|high))\b"
    r"|\b(?:(?:the|our|my)\s+)?(?:budget|money|funds|cash)(?:'s|s|\s+is|\s+are|\s+r)\s+"
    r"(?:(?:a\s+)?(?:little|bit|kinda|pretty|really|super|very|so)\s+)?tight\b"
    r"(?:\s+(?:this|right)\s+(?:month|week|year|now)|\s+rn\b|\s+right now\b)?"
    r"|\b(?:we're|we are|were|we r|i'm|im|i am)\s+on\s+a\s+(?:(?:tight|strict|small|fixed)\s+)?budget\b"
    r"|\b(?:a|our|my)\s+(?:tight|strict|fixed)\s+budget\b"
))  # fmt: skip


def asides(
    text: str,
    asks: Sequence[ProteinAsk],
    explained: Sequence[Span],
    catalog: Catalog,
    *,
    kids_counted: bool,
) -> list[Span]:
    """Every span the readers above explain in normalized `text`."""
    return [
        *event_names(text),
        *celebrated(text, kids_counted=kids_counted),
        *people_for_counts(text, asks),
        *added_who(text),
        *added_household(text),  # "another 5 adults, the Tran household is coming too"
        *declined_beside(text),  # "21 adults confirmed (3 declined)": not counted
        *counted_choice(text, asks),
        *removal_reasons(text, explained, catalog_words(catalog)[0]),
        *kids_night(text),  # "remove the show, the kids need to be in bed early"
        *reason_clauses(text, catalog_words(catalog)[0]),  # "my sister can come, so 20 adults"
        *(m.span() for m in _BUDGET.finditer(text)),
        *meats_left_out(text, asks),  # "chicken and salmon only, no beef"
    ]
