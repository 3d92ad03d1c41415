"""People named as relations ("my sister", "the youth pastor") whom the parse did not count: a
check for each, with the guests their words name (`Named`), unless the words say who they are
otherwise (the hosts in the count, a remark about them, someone bringing something, an item of a
list the parse read). Split from `coverage` by size: the first of its checks."""

from __future__ import annotations

import re

from orchestrator.reading.aged_dropout import dropout_reason
from orchestrator.reading.checks import Covered
from orchestrator.reading.described_groups import in_adults_bracket
from orchestrator.reading.grown_ages_told import age_remark_item
from orchestrator.reading.honoree_listed import relation_listed
from orchestrator.reading.hosting_child import hosting_child
from orchestrator.reading.kin import (
    BRINGS_OR_GATHERS,
    added_after_count,
    arrives_after_count,
    bare_relations,
    joins_new_total,
)
from orchestrator.reading.named_joiners import Check, Named, Unexplained, guests_named
from orchestrator.reading.partners import PARTNER
from orchestrator.reading.reasons import not_understood, quoted
from orchestrator.reading.relation_words import LIST_AFTER, OWNED, RELATION
from orchestrator.reading.reported import reported_remark
from orchestrator.reading.told_recount import says_recount
from orchestrator.reading.total_includes import inside_total
from orchestrator.reading.travel_total import travels_before_total

# The couple who hold the party, as the subject of what they do: "my fiancé and I are getting
# married", "me and my husband are celebrating our anniversary". Hosts, in the count the message
# gives; not when a number follows the verb ("we're hosting 8 friends": 8 more, or 8 in all?).
_HOSTS = re.compile(
    rf"\b(?:(?:my|our)\s+{PARTNER}\s+(?:and|&|n)\s+(?:i|me|myself)|(?:i|me|myself)\s+(?:and|&|n)\s+"
    rf"my\s+{PARTNER})\s+(?:(?:are|'re|will|be|would|just|recently|finally)\s+)*(?:getting married|got "
    r"married|got engaged|are engaged|tying the knot|hosting|host|throwing|throw|celebrating|celebrate|"
    r"planning|plan|renewing|like|love|want|wanna|looking)\b(?!\s+(?:about\s+|around\s+)?\d)"
)
# "30 adults plus us", "not counting us": the count says whether the hosts are in it
_US = re.compile(
    r"\b(?:plus|and|with|including|incl|besides|counting|excluding|except|without|\+|&)\s+"
    r"(?:us|me|ourselves|myself|2 of us|us 2)\b"
)
# A relation that is the subject of a remark about them, not an item of a guest list ("my sister
# in law is vegetarian" too).
_REMARK = re.compile(r"(?:[\s-]+in[\s-]+law)?\s+(?:has|have|had|is|was)\b([^.,;!?\n]*)")
# "my dad is retiring after 32 years": a duration in the remark, of service or marriage, no guests
_DURATION = re.compile(r"\b(?:after|for|over)\s+\d{1,2}\+?\s*(?:years?|yrs?)\b(?!\s*old)")
# "my sister is bringing her 2 kids": someone of the party bringing guests the words count; "is
# bringing his gf" names someone new, not counted (`_LIST_BEFORE`)
_LIST_BEFORE = re.compile(
    # "Hello, my family want hibachi": a greeting's comma joins nobody to a list
    r"(?:(?<!\bhello)(?<!\bhi)(?<!\bhey)(?<!\bhiya)(?<!\bhi there)(?<!\bhey there),"
    r"|&|\+|\band|\bn|\bplus|\bwith|\bbring(?:ing|s)?|:)[^\S\n]*"
    r"(?:(?:some|a few|few|several|many|a bunch|a handful|lots)\s+(?:of\s+)?)?$"
)  # "+ some of their friends": listed, and of no number; "hi there,\n\nmy boss asked": a line
# that opens with a relation is no item of the greeting's comma
# "Hi anh, my family have party": the comma of a greeting with a name, opening the message
_GREETING_OPENING = re.compile(
    # ("Dạ chào anh, my family ...": a Vietnamese greeting, "dạ" read "d" once unaccented)
    r"^\s*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening|day)|hola|buenas|kumusta"
    r"|(?:(?:da|d|xin)\s+)?chao)(?:\s+[a-z]+)?\s*,[^\S\n]*$"
)
# The count right after people added with no number: "plus my sister's crew, 4 more adults"
_COUNTED_AFTER = re.compile(
    r"\s*(?:,|:|-|\()\s*(?:that'?s\s+|thats\s+)?\d{1,3}\s+more\s+(?:adults|people|guests|ppl|grownups)\b"
)


# "after talking it over with my wife we'd like ...", "I checked with my husband and": the one
# the writer asked, no guest; not when the clause goes on to bring them ("..., she's coming too")
_CONSULTED = re.compile(
    r"\b(?:talk(?:ing|ed)?|discuss(?:ing|ed)?|chat(?:ting|ted)?|spoke|speaking|check(?:ing|ed)|"
    r"consult(?:ing|ed)|went)\s+(?:(?:it|this|that|things)\s+)?(?:over\s+)?with\s+\Z"
)
_CONSULTED_JOINS = re.compile(r"\b(?:com(?:e|es|ing)|join\w*|attend\w*|she|he|her|him|they|them|too)\b")


def _consulted(text: str, start: int, end: int) -> bool:
    """The relation at `start`-`end` of `text` is the one the writer talked it over with and the
    rest of the sentence brings no one ("after talking it over with my wife we'd also like the
    extended performance"): who was asked, not counted (round q81j)."""
    rest = re.split(r"[.;!?\n]", text[end:], maxsplit=1)[0]
    return bool(_CONSULTED.search(text, max(0, start - 40), start)) and not _CONSULTED_JOINS.search(rest)


# "its 18 adults, my husband counted again", "my wife did the count": who counted, no guest more
# (round q82m); not when the clause goes on to bring them ("my wife counted, she's coming too")
_COUNTED_IT = re.compile(
    r"\s+(?:(?:just|actually|also)\s+)?(?:counted|recounted|re-counted|double[- ]?checked|"
    r"did the (?:head\s*)?count)\b(?:\s+(?:again|it|them|everyone|the list))*\s*(?=[.,;!?\n]|$)"
)


def _counted_it(text: str, start: int, end: int) -> bool:
    """The relation at `start`-`end` of `text` is who counted the guests ("my husband counted
    again") and the rest of the sentence brings no one: not counted as one more."""
    rest = re.split(r"[.;!?\n]", text[end:], maxsplit=1)[0]
    return bool(_COUNTED_IT.match(text, end)) and not _CONSULTED_JOINS.search(rest)


# ", my mom is in on it": a relation after the comma, then the verb of its own clause
_NEXT_RELATION = re.compile(r"\s*,\s*")


def _clause_after(text: str, end: int, catalog_word: re.Pattern[str]) -> bool:
    """A comma at `end` of normalized `text` that opens a clause of its own, a relation and a
    remark about them that names no guest, food nor number ("a surprise dinner for my dad, my mom
    is in on it": no list of my dad and my mom); "my dad, my mom is coming too" stays a list."""
    comma = _NEXT_RELATION.match(text, end)
    after = RELATION.match(text, comma.end()) if comma else None
    if after is None:
        return False
    remark = _REMARK.match(text, after.end()) or reported_remark(text, after.end())
    said = remark.group(1) if remark else ""
    return remark is not None and not arrives_after_count(text, *after.span()) and not (
        catalog_word.search(said) or re.search(r"\d", said) or _JOINING.search(said))


# words of a remark that make its subject a guest after all ("my mom is coming too")
_JOINING = re.compile(r"\b(?:com(?:e|es|ing)|join\w*|bring\w*|attend\w*|there|too|also|plus|in town)\b")


def hosts_in_count(text: str, *, adults_counted: bool) -> Covered:
    """The spans of normalized `text` inside a total said with them ("26 adults including linda
    and her husband") and, when `adults_counted`, of the couple who host ("my husband and I")."""
    return Covered(len(text), inside_total(text) + ([m.span() for m in _HOSTS.finditer(text)]
                   if adults_counted and not _US.search(text) else []))  # fmt: skip


def relations_named(
    text: str, covered: Covered, catalog_word: re.Pattern[str], guest: re.Pattern[str], *,
    hosts: Covered, add_on_word: re.Pattern[str] | None = None,
) -> Unexplained:
    """The checks of relations named in normalized `text` outside the `covered` spans, and of
    people added after the count ("15 adults plus the youth pastor"), with the people named.
    `hosts`: the spans inside the count (`hosts_in_count`), whom no check asks about;
    `add_on_word`: the add-ons, which a source's word may praise ("my friend said the longer show
    is a must") without eating at the party, as a protein named would."""
    checks: list[Check] = []
    people: list[Named] = []  # the checks of people named, with the guests their words name
    bare = bare_relations(text)
    for m in [*RELATION.finditer(text), *bare]:
        span = m.span()
        if _consulted(text, *span) or _counted_it(text, *span) or says_recount(text, *span):
            continue  # "after talking it over with my wife": whom the writer asked (or counted);
            # "my mom said its 12 kids not 10": who passed the count on
        if hosting_child(text, *span):
            continue  # "our son is hosting ... our three grown children": the host one of the three
        if span in hosts or in_adults_bracket(text, *span) or travels_before_total(text, *span):
            continue  # "35 adults (staff and their spouses)", "... driving up, we'll be 22 adults"
        listed = bool(
            _LIST_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
            and not _GREETING_OPENING.match(text[: m.start()])
        ) or bool(LIST_AFTER.match(text[m.end() : m.end() + 12]) and not _clause_after(
            text, m.end(), catalog_word))  # not "my grandpa (1931-2026)"
        listed = listed and not age_remark_item(text, *span)  # "grandpa is 88 and grandma 85"
        remark = _REMARK.match(text, m.end()) or reported_remark(text, m.end())  # "the pastor said"
        arrives = arrives_after_count(text, *m.span())  # "my cousin is coming too": no remark
        # "its 11 now, our intern is coming": one the new total must hold, counted against it
        joins = joins_new_total(text, *span) and guests_named(m.group(0).strip()) is not None
        arrives = arrives or joins
        # "our son is hosting ... it will be my wife and me and our 5 grandchildren": the host
        # counted nowhere, asked whether they eat (no remark about them)
        arrives = arrives or hosting_child(text, *span) is False
        said = _DURATION.sub(" ", remark.group(1)) if remark else ""
        if add_on_word is not None and remark is not None and remark.re is not _REMARK:
            said = add_on_word.sub(" ", said)  # a source's word on an add-on: no guest in it
        if remark and not arrives and not (catalog_word.search(said) or re.search(r"\d", said)):
            continue
        if BRINGS_OR_GATHERS.match(text, m.end()) or dropout_reason(text, *m.span()):
            continue  # "my mom is bringing 2 pies"; "the 8 yr old cant come, my nephew got sick" (or
            # "..., shes with her dad that weekend": whom the kid is with)
        owned = m in bare or re.match(OWNED, m.group(0))
        if m.span() not in covered and (listed or arrives or not owned) and not relation_listed(
            text, *span, covered  # "for my mom and grandma. it'll be ..., my mom, my grandma"
        ):
            checks.append(("guests", not_understood(m.group(0).strip(), "people named, not counted")))
            people.append(Named(checks[-1], m.group(0).strip(), guests_named(m.group(0).strip())))
    for start, end in added_after_count(text):  # "15 adults plus the youth pastor."
        who = text[start:end]
        named = any(who in quoted(why) for _, why in checks)  # "my boss": a relation flagged already
        if _COUNTED_AFTER.match(text, end):
            continue  # "plus my sister's crew, 4 more adults": the words after it count them
        if (start, end) not in covered and not (named or catalog_word.search(who) or guest.search(who)):
            checks.append(("guests", not_understood(who, "someone added after the count")))
    return Unexplained(checks, tuple(people))
