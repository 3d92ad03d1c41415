"""Proteins from normalized text: each protein named, with the count, the group ("adults want
filet, kids chicken") or the scope ("for everyone", "half", "the rest", "each wants 2") the words
give it, and extras "on top"."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.asks import ProteinAsk, with_
from orchestrator.reading.choice_groups import choice_groups
from orchestrator.reading.each import EACH_CLAUSE, EVERY_ONE, ON_TOP_ALL, each_count, each_read
from orchestrator.reading.extra_later import later_counts
from orchestrator.reading.guests import ADULT, KID, PEOPLE, TEEN
from orchestrator.reading.options import bracket_option, option_named
from orchestrator.reading.party_wide import kid_ages_not_counts, party_wide, whole_party_for
from orchestrator.reading.protein_group import group_for
from orchestrator.reading.protein_slots import one_of_the_proteins
from orchestrator.reading.scopes import each_shared, of_each, reasons_for_extras, share_scope
from orchestrator.reading.sentences import sentence_start

_SENTENCE = re.compile(r"[.;!?\n]")
_COUNT_BEFORE = [
    # "the kids are under 5 chicken and steak" (voice to text, no comma): an age, not a count
    re.compile(r"(?<![\d/.$:])(?<!\bunder )(?<!\bover )(?<!\baged )(?<!\bages )\b(\d{1,4})\s*(?:x\s*)?"
               r"(?:(?:extra|more|additional|premium|whole|big)\s+)?"
               r"(?:(?:portions?|orders?|servings?|plates?)\s+(?:of\s+)?)?(?:the\s+)?$"),
    re.compile(r"\b(?:extra|additional|more)\s+(\d{1,4})\s+(?:portions?|orders?|servings?)\s+of\s+$"),
    # "every 1 of them wants 2 filet": the 1 is who, not a count; "10 of us 🎉 chicken, shrimp":
    # an emoji (blanked: 3 spaces or more) after "of us" ends the count, the list is everyone's
    re.compile(r"(?<!\bevery )(?<!\bsingle )\b(\d{1,4})\s+of\s+"
               r"(?:the\s+|our\s+|us\s+|them\s+|those\s+|these\s+|my\s+)?(?:\w+\s+)?(?:would like|want|"
               r"wants|get|gets|will have|prefer|need|like|eat|eats|having|can have)?\s*(?:just\s+|only\s+)?"  # noqa: E501
               r"(?:the\s+|some\s+)?(?<!\s\s\s)$"),
    re.compile(r"(?<![\d/.$:])\b(\d{1,3})\s+(?:want|wants|get|gets|would like|will have|prefer|with)\s+(?:the\s+)?$"),  # noqa: E501
    re.compile(rf"(?<![\d/.$:])\b(\d{{1,3}})\s+(?:{PEOPLE}|{ADULT}|{KID})\s+(?:want|wants|would like|will have|prefer)\s+(?:the\s+)?$"),  # noqa: E501
    re.compile(r"\((\d{1,3})\)\s*(?:want|wants|get|gets|would like)\s+$"),
    re.compile(r"\bother\s+(\d{1,3})\s+(?:\w+\s+)?(?:want\s+|get\s+)?$"),
]  # fmt: skip
_COUNT_AFTER = re.compile(
    r"^\s*(?:tails?\s+|portions?\s+)?(?:x\s*(\d{1,4})\b|for\s+(?:all\s+|the\s+|those\s+|these\s+|each of the\s+)?(\d{1,4})\b"  # noqa: E501
    r"(?!\s*(?:am|pm|:|/|\d))|\s*\((\d{1,4})\)"
    # "lobster 2 each": the count right after the one protein, per guest (after a list, "chicken
    # and lobster 2 each" may be 2 of each or 2 in all: left to the per-person reading)
    # ("lobster 2 each for the 10 of us adults": the count after "for" is whom each is for)
    r"|(\d{1,2})(?=\s+(?:each|apiece|pp|per (?:person|guest|head))\b"
    r"(?!\s+(?:for|of)\b(?!\s+(?:the\s+)?\d|\s+(?:everyone|everybody)\b))))"  # "2 each for everyone"
)
# "shrimp for the girls, filet + lobster for the 2 of us": after another group's choice, the count
# after is of people (a part of the party), shared by the list before it
_OF_US = re.compile(r"\s+of\s+(?:us|them|em)\b")
_LISTED = re.compile(r"^\s*(?:,|/|\+|&|and|or|n)\s*$")


def _listed_before(text: str, asks: list[ProteinAsk], start: int) -> bool:
    """ "24 adults. chicken and shrimp for 6 of them": a protein of no count listed right before,
    after the party's count, so the count of people after the list is a part's, both proteins'
    (round q85n: the chicken was everyone's). With no count before it ("filet and chicken for 18
    of us") the count is the party's own."""
    if not asks or asks[-1].portions is not None or not _LISTED.match(text[asks[-1].end : start]):
        return False
    return bool(_PARTY_BEFORE.search(text, 0, asks[-1].start))


# ("party of 12 ... salmon and shrimp for the 2 of us": the party's count by its own word, q86g)
_PARTY_BEFORE = re.compile(rf"\b\d{{1,4}}\s+(?:{PEOPLE}|{ADULT})\b|\b(?:party|group)\s+of\s+\d{{1,4}}\b")
_EXTRA = re.compile(
    r"\b(?:extra|more|additional)\s+(?:\d{1,4}\s+)?(?:portions?\s+of\s+)?(?:the\s+)?$"
)
# "plus 2 lobster tails for the birthday girl and her mom": added for people named (with no one
# named, "10 chicken plus 10 shrimp" is a list of counts)
_PLUS = re.compile(r"\bplus\s+\d{1,4}\s+$")
# "2 lobster tails extra for the groom", "3 filets on top": the word after the counted protein, on
# its line ("Extras:" on the next line is a heading)
_EXTRA_AFTER = re.compile(
    r"^[ \t]*(?:tails?[ \t]+)?(?:extra|additional|more)\b(?![ \t]*:|[ \t]+(?:than|of)\b)"
    r"|^\s*(?:tails?\s+)?(?:\w+\s+){0,3}(?:on top|as (?:an )?extras?)\b"
)
# "can u add 3 lobster tails for the table": portions added to share, on top of everyone's plates
_ADD_N = re.compile(r"\badd\s+\d{1,2}\s+$")
# ("add 3 lobster tails for the table, 95630": a ZIP after the comma is no table of that many)
_FOR_TABLE = re.compile(r"^\s*(?:tails?\s+)?for\s+the\s+table\b(?!\s*(?:of|and|,)\s*\d{1,3}\b)")
# "2 lobster tails for the groom and his brother": for people named, not counted
_FOR_NAMED = re.compile(
    r"^[ \t]*(?:tails?[ \t]+)?(?:extra[ \t]+)?for[ \t]+(?:me|him|my|our|his|her|their|the)\b(?![ \t]*\d)"
)
_EACH_AFTER = re.compile(
    r"^\s*(?:tails?\s+)?(?:(?:each|apiece|pp|per (?:person|guest|head|plate)|a (?:person|head))\b"
    r"(?:\s+for\s+(?:the\s+)?(\d{1,3})\b)?|for each (?:person|guest)\b"
    r"|for (?:each|every)(?:\s+single)?\s+(?:one|1|person|guest)(?:\s+of\s+(?:us|them|em))?\b"
    r"|for each of (?:us|them|em)\b)"
)
_ALL_BEFORE = re.compile(
    r"\b(?:everyone|everybody|all of us|we all|they all|all)\s+(?:wants?|would like|gets?|loves?|will have)"  # noqa: E501
    r"\s+(?:the\s+|an?\s+)?$|\bupgrade\s+(?:everyone|everybody|all)\s+to\s+$"
)
_ALL_AFTER = re.compile(
    r"^\s*(?:tails?\s+|portions?\s+)?(?:on top\s+)?(?:(?:(?:for|to)\s+(?:all|everyone|everybody|every guest|each guest|each person|"  # noqa: E501
    r"every person|the whole (?:party|group|crew)|all of us)\b|for all\b)"
    rf"(?!\s+(?:the\s+)?(?:{ADULT}|{TEEN}|{KID})\b)|each\b(?!\s+for))"  # "for all adults": theirs
)
# "half of them want", "a third of us would rather have": the share's verb
_SHARE_VERB = (
    r"(?:would like|want|wants|get|gets|with|do|does|have|has|had|go with|going with|"
    r"(?:would|'d)\s+(?:rather|prefer)(?:\s+(?:have|get|do))?)"
)
# "half and half chicken and shrimp": the halves of the two proteins joined after it
_HALF_BEFORE = re.compile(
    r"\b(half\s*(?:and|&|n)\s+)?half\s+(?:of\s+)?(?:(?:us|them|the \w+)\s+)?"
    rf"{_SHARE_VERB}?\s*$"
)
_SHARE_BEFORE = re.compile(
    r"\b(a|one|1|2)[\s-]+(third|thirds|quarter|quarters|fourth|fourths)\s+(?:of\s+(?:us|them|the\s+\w+)\s+)?"
    rf"{_SHARE_VERB}?\s*$"
)
_SHARES = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4}
_REST_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:rest|everyone else|everybody else|others?)\s*(?:of\s+(?:us|them)\s+)?"
    r"(?:want|wants|get|gets|have|with|would like|stays?|keeps?|sticks?\s+with)?\s*$"
)  # "the rest want chicken", "rest stays chicken and shrimp", "everyone else sticks with chicken"
# One person named by who they are: "lobster for the birthday girl", "filet for my husband".
_FOR_ONE = re.compile(
    r"^\s*(?:tails?\s+)?for\s+(?:the|my|our|her|his)\s+(?:birthday\s+|bday\s+)?(?:girl|boy|guy|host|"
    r"hostess|husband|hubby|wife|dad|mom|father|mother|groom|bride|boss|grandma|grandpa|son|daughter|"
    r"brother|sister)\b(?!\s*(?:and|&|\+|,|n)\s*(?:the|my|our|her|his|me|i)\b)"
)
_REST_AFTER = re.compile(
    r"^\s*(?:tails?\s+)?for\s+(?:everyone|everybody|all)\s+(?:else|the others)\b"
    r"|^\s*for\s+the\s+(?:rest|others)\b"
)
# "6 want filet, the other 6 chicken and shrimp": the count after "other" is of the people left
_OTHER_N = re.compile(r"\b(?:other|remaining)\s+$")
_OTHERS = re.compile(r"\b(?:else|the rest|the others|everybody else|everyone else)\b")
_SECOND = re.compile(r"^\s*(?:for everyone\s+|for all\s+)?as\s+(?:the\s+)?(?:2nd|second)\b")


@lru_cache(maxsize=8)
def _alias_pattern(catalog: Catalog) -> tuple[re.Pattern[str], dict[str, str]]:
    names = {a.lower(): p.key for p in catalog.proteins for a in (*p.aliases, p.name)}
    for amb in catalog.ambiguous:
        names.setdefault(amb.word, amb.word)
        names.setdefault(f"{amb.word}s", amb.word)
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b"), names


def _line(text: str, at: int) -> str:
    """The sentence around `at`: a choice for one person is read only when the others' is too."""
    start = sentence_start(text, at)
    ends = [i for c in ".;!?\n" if (i := text.find(c, at)) != -1]
    return text[start : min(ends) if ends else len(text)]


def _whole_party(groups: list[tuple[int, int, str]], at: int) -> bool:
    """The number at `at` opens a list of groups that names the whole party."""
    return any(g[0] == at and g[2] == "all" for g in groups)


def extract_proteins(text: str, catalog: Catalog) -> list[ProteinAsk]:
    """Proteins in the order named, each with what the words say about its count."""
    pattern, lookup = _alias_pattern(catalog)
    groups = choice_groups(text)
    stops = [m.start() for m in _SENTENCE.finditer(text)]
    asks: list[ProteinAsk] = []
    halves, paired = 0, None  # paired: the end of the first protein after "half and half"
    corrected: int | None = None  # where a word the customer took back stood
    ambiguous = {a.word for a in catalog.ambiguous}
    skip_to = 0  # the end of a bracket that qualified an ambiguous word: its proteins are read
    for match in pattern.finditer(text):
        if match.start() < skip_to:
            continue
        said = match.group(1)
        key = lookup[said]
        if asks and key in {a.word for a in catalog.ambiguous}:
            gap = text[asks[-1].end : match.start()]
            if not gap.strip() and asks[-1].protein in next(
                a.options for a in catalog.ambiguous if a.word == key
            ):
                continue  # "filet steak" ("chicken steak" is two)
            if re.search(r"\b(?:i mean|wait|sorry)\b", text[match.end() : match.end() + 25]):
                corrected = match.start()  # "9 want steak... wait i mean NY strip": the 9 moves on
                continue
        start, end = match.span()
        qualified: tuple[int, int] | None = None
        if key in ambiguous:
            key = option_named(text[max(0, start - 20) : end], key, catalog)
        if key in ambiguous and (named := bracket_option(text, end, key, catalog)):
            key, skip_to = named  # "steak (the filet one not the strip)"
            qualified, end = (end, skip_to), skip_to
        # The count before a word taken back belongs to the word that replaces it.
        upto = corrected if corrected is not None and start - corrected <= 40 else start
        taken_back = (upto, start) if upto != start else qualified
        corrected = None
        # only the last 60 characters are read: a bounded search keeps a long paste linear
        line_start = max(text.rfind(c, max(0, upto - 60), upto) for c in ".;!?\n") + 1
        before = text[max(line_start, upto - 60) : upto]
        after = text[end : end + 50]
        ask = ProteinAsk(protein=key, said=said, sentence=bisect_left(stops, start),
                         start=start, end=end, group=group_for(text, start, end, groups, pattern),
                         taken_back=taken_back)  # fmt: skip
        if slot := one_of_the_proteins(before):  # "2 proteins each, 1 of them chicken": everyone's
            at = upto - len(before)
            asks.append(with_(ask, per_guest=True, taken_back=(at + slot.start(1), at + slot.end(1))))
            continue
        hit = next(((i, m) for i, p in enumerate(_COUNT_BEFORE) if (m := p.search(before))), None)
        count = hit[1] if hit else _COUNT_AFTER.search(after)
        if count and count.lastindex == 4 and asks and _LISTED.match(text[asks[-1].end : start]):
            count = None  # "lobster and chicken 2 each": the 2 is not the chicken's alone
        offset = upto - len(before) if hit else end
        if count and not hit and _whole_party(groups, end + count.start(count.lastindex or 1)):
            count = None  # "lobster for 10 adults and 4 kids": for everyone, not 10 portions
            ask = with_(ask, per_guest=True, group=None)
        for_people = bool(_FOR_NAMED.match(after))
        extra = bool(_EXTRA.search(before) or _EXTRA_AFTER.match(after)) or bool(
            for_people and _PLUS.search(before)
        ) or bool(_ADD_N.search(before) and _FOR_TABLE.match(after))  # "add 3 lobster for the table"
        if count:
            portions = int(next(g for g in count.groups() if g))
            group = count.lastindex or 1
            span = (offset + count.start(group), offset + count.end(group))
            others = bool(hit and _OTHER_N.search(before, 0, count.start(group)))  # "the other 6"
            people = bool(hit and hit[0] >= 2) or bool(  # a part after another group's choice
                not hit and (any(a.group for a in asks) or _listed_before(text, asks, start))
                and _OF_US.match(after, count.end())
            ) or others
            ask = with_(ask, portions=portions, extra=extra, people=people, others=others,
                        count_span=span, for_named=for_people and bool(hit))  # fmt: skip
            if each := _EACH_AFTER.search(after if hit else after[count.end() :]):  # "filet x2 each"
                at = end if hit else end + count.end()
                ask = with_(ask, each_for=int(each.group(1)) if each.group(1) else 0,
                            taken_back=(at + each.start(), at + each.end()))  # fmt: skip
            elif extra and (top := ON_TOP_ALL.match(after if hit else after[count.end() :])):
                at = end if hit else end + count.end()  # "+ 1 shrimp on top for everyone": 1 each
                ask = with_(ask, each_for=0, taken_back=(at + top.start(), at + top.end()))
            elif people:  # "i polled everyone: 9 want shrimp": a count of people, never each one's
                pass
            elif (every := EVERY_ONE.search(text[line_start : span[0]])) and not extra:
                ask = each_read(with_(ask, each_for=0), every, line_start)  # "each one wants 1 filet"
            elif (clause := EACH_CLAUSE.search(text[line_start : span[0]])) and not extra:
                ask = each_read(with_(ask, each_for=each_count(clause, line_start, groups)),
                                 clause, line_start)  # fmt: skip
        elif paired is not None and re.fullmatch(r"\s*(?:and|&|\+|/)\s*", text[paired:start]):
            halves += 1  # "half and half chicken and shrimp": the shrimp is the other half
            ask, paired = with_(ask, half=min(halves, 2), count_span=(paired, start)), None
        elif half := _HALF_BEFORE.search(before):
            halves += 1
            at = upto - len(before)
            ask = with_(ask, half=min(halves, 2), count_span=(at + half.start(), at + half.end()))
            paired = end if half.group(1) and halves == 1 else None
        elif share := _SHARE_BEFORE.search(before):  # "a third of us want lobster"
            at = upto - len(before)
            part = (2 if share.group(1) == "2" else 1, _SHARES[share.group(2)])
            ask = with_(ask, share=part, count_span=(at + share.start(), at + share.end()))
        elif (one := _FOR_ONE.match(after)) and _OTHERS.search(_line(text, start)):
            ask = with_(ask, portions=1, people=True, count_span=(end, end + one.end()))
        elif (rest := _REST_AFTER.match(after)) or _REST_BEFORE.search(before):
            ask = with_(ask, rest=True, count_span=(end, end + rest.end()) if rest else None)
        elif _ALL_BEFORE.search(before) or _ALL_AFTER.search(after) or _SECOND.search(after):
            named_group = re.search(rf"\b(?:{ADULT}|{KID})\s+all\s+\w+\s+$", before)
            ask = with_(ask, per_guest=not named_group, group=ask.group if named_group else None,
                        extra=extra)  # "lobster for everyone on top of that": a third portion each
        elif extra and (top := ON_TOP_ALL.match(after)):  # "lobster tails on top for everyone"
            ask = with_(ask, extra=True, portions=1, each_for=0, taken_back=(end, end + top.end()))
        elif extra:
            ask = with_(ask, extra=True)
        asks.append(ask)
    asks = party_wide(text, whole_party_for(text, kid_ages_not_counts(text, asks), groups), groups)
    asks = later_counts(text, asks)  # "lobster tails on top for the table, so add 4 pls"
    return each_shared(text, share_scope(text, of_each(text, reasons_for_extras(text, asks))))
