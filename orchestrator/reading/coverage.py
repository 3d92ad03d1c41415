"""The reader's safety net: words that change an order (people named as relations, guest words
for a sub-group, negations, choices, vague quantities, add-on words) must be explained by the
parse, i.e. lie inside a span it read; any that is not becomes a (field, reason) check, so the
draft asks instead of stating a total it is not sure of."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.dishes import prepared_proteins
from orchestrator.reading.add_on_group import (
    ADD_ON_GROUP,
    extras_for,
    for_add_on,
    inside_adults,
    named_before,
)
from orchestrator.reading.add_on_mentions import named_in_full, other_shows, unmatched_add_on
from orchestrator.reading.benign import DATE_CHOICE
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.checks import Covered
from orchestrator.reading.comers_confirmed import settled_here
from orchestrator.reading.count_instead import (
    DROPPED_TO,
    count_dropped_to,
    count_instead,
    elsewhere_instead,
)
from orchestrator.reading.described_groups import describes_adults
from orchestrator.reading.doubt_words import (
    ADD_MORE,
    CHOICE,
    CHOICE_NEAR,
    COUNT_AFTER,
    LATER,
    MAY_COME,
    NEGATION,
    VAGUE,
    sentence_before_lone,
)
from orchestrator.reading.doubts import doubts
from orchestrator.reading.eats_too import eaters_not_counted
from orchestrator.reading.givers import givers_counted
from orchestrator.reading.grade_ages import graders_unread
from orchestrator.reading.group_host import hosting_member, relation_role
from orchestrator.reading.group_names import names_no_one
from orchestrator.reading.honoree_left_out import honoree_left_out
from orchestrator.reading.honoree_listed import honoree_listed
from orchestrator.reading.hosts_pair import couple_choosing
from orchestrator.reading.joined_groups import joined_groups
from orchestrator.reading.kin import OCCASION_AFTER, whose_event
from orchestrator.reading.liked import KIDS_KEEP, KIDS_LIKE
from orchestrator.reading.list_items import (
    LIST_WORDS,
    MORE_VEG,
    PLACE_AFTER,
    PLACE_BEFORE,
    list_neighbours,
)
from orchestrator.reading.longer_show import asks_longer, longer_add_on, longer_check
from orchestrator.reading.loose_counts import tally_word
from orchestrator.reading.meatless_only import negation_explained
from orchestrator.reading.named_joiners import Unexplained, group_named
from orchestrator.reading.no_counts import budget_hedges
from orchestrator.reading.people_left_out import people_left_out
from orchestrator.reading.place_instead import place_instead
from orchestrator.reading.pronoun_pairs import pronoun_pairs
from orchestrator.reading.reasons import not_understood, quoted
from orchestrator.reading.refused_food import refuses_off_catalog
from orchestrator.reading.relation_words import KIN
from orchestrator.reading.relations_named import hosts_in_count, relations_named
from orchestrator.reading.reported import reported_remark
from orchestrator.reading.requested_checks import requested_checks
from orchestrator.reading.same_crowd import same_crowd
from orchestrator.reading.same_except import except_opens_changes
from orchestrator.reading.spelling import near_misses
from orchestrator.reading.team_word import team_word_again
from orchestrator.reading.told_recount import says_recount
from orchestrator.reading.trailing_people import trailing_people
from orchestrator.reading.travel_total import travels_before_total
from orchestrator.reading.two_prices import two_prices
from orchestrator.reading.typo_remarks import typo_remark
from orchestrator.reading.unnumbered_households import unnumbered_households
from orchestrator.reading.unnumbered_young import unnumbered_young
from orchestrator.reading.upgrade_prices import published_upgrade_prices
from orchestrator.reading.vague_more import vague_more
from orchestrator.reading.wished import wished_unknowns
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS
from orchestrator.reading.writer_left_out import writer_left_out
from orchestrator.reading.writes_for import writes_for

Span = tuple[int, int]

# The writer by role and name at the message's start ("hey coach mike here", "coach dave here -")
_OPENING = re.compile(r"^\s*(?:(?:hi|hello|hey|hiya)\s*,?\s*)?(?:this is\s+|it'?s\s+)?$")
# the business greeted as a group at the message's start ("Hey guys,", "hi guys!")
_HELLO = re.compile(r"^\s*(?:hi|hello|hey|hiya|yo)\s+$")
_ADDRESSED = re.compile(r"\s*(?:[,!.:\n-]|$)")
_SIGNED = re.compile(r"\s+[a-z]+\s+here\b")
# Guest words that name a whole band or the party; other guest words (ladies, guys) name a group.
_BAND_WORDS = {"adult", "adults", "grownups", "grown ups", "grown-ups", "kid", "kids", "child",
               "children", "kiddos", "kiddo", "little ones", "littles", "guest", "guests", "people",
               "person", "persons", "ppl", "pax", "folks", "heads", "peeps", "attendees"}  # fmt: skip


def _sentence(text: str, at: int) -> tuple[int, int]:
    floor = max(0, at - 400)  # a clause, not a whole paste: keeps long messages linear
    start = max(floor - 1, *(text.rfind(c, floor, at) for c in ".;!?\n")) + 1
    ceiling = min(len(text), at + 400)
    ends = [i for c in ".;!?\n" if (i := text.find(c, at, ceiling)) != -1]
    return start, min(ends) if ends else ceiling


_DEFINITE = re.compile(r"\b(?:the|our|my|those|these|both)\s+\Z")  # the people counted before
_KID_BAND = {"kid", "kids", "child", "children", "kiddos", "kiddo", "little ones", "littles"}
# "lobster for the birthday girl", "tofu for my brother": a choice for a person the parse did not
# count ("for the kids", "for everyone", "for the 4 guys" are groups it reads).
_FOR_SOMEONE = re.compile(
    rf"(?<!bday )(?<!birthday )\bfor\s+(?:the|my|our|her|his|their)\s+(?:birthday\s+|bday\s+)?({KIN}|"
    r"girl|boy|guy|lady|man|woman|host|hostess|groom|bride|boss|baby|kid|child|teen|toddler|"
    rf"grandparents?|birthday (?:girl|boy))\b(?!{OCCASION_AFTER})"  # "bday for my mom": whose party
)
_GUEST = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted({*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *PEOPLE_WORDS,
                                            "siblings"}, key=len, reverse=True))  # fmt: skip
    + r")\b(?!')"
)
_GROWN_KINDS = {"ladies", "women", "guys", "men", "dudes"}  # "these dudes can eat": the guests again


def unexplained_words(
    text: str,
    explained: list[Span],
    catalog: Catalog,
    *,
    kids_counted: bool,
    adults_counted: bool = False,
) -> Unexplained:
    """Checks for the order words in normalized `text` that lie outside every `explained` span.
    `kids_counted`: the parse counted kids, so "the kids" names them again; `adults_counted`: it
    counted adults or a total, so the couple who host are in it. With the checks, the people named
    of them (`Unexplained.named`)."""
    catalog_word, add_on_word = catalog_words(catalog)
    dates = [m.span() for m in DATE_CHOICE.finditer(text)] + other_shows(text)  # "dec 12 or 13"
    dates += writes_for(text, catalog_word)  # "writing for my parents, who don't use email"
    covered = Covered(len(text), explained + budget_hedges(text) + dates)  # "budget is 1000 or so"

    def near_order_words(span: Span, near: int = 30) -> bool:
        start, end = _sentence(text, span[0])
        clause = text[max(start, span[0] - near) : min(end, span[1] + near)]
        return bool(catalog_word.search(clause) or _GUEST.search(clause))

    def flag(field: str, m: re.Match[str], why: str) -> None:
        checks.append((field, not_understood(m.group(0).strip(), why)))

    hosts = hosts_in_count(text, adults_counted=adults_counted)  # "us, my parents, ..., so 8 adults"
    relations = relations_named(
        text, covered, catalog_word, _GUEST, hosts=hosts, add_on_word=add_on_word
    )
    checks, people = relations.checks, list(relations.named)
    asked = " ".join(quoted(why) for _, why in checks)  # "the cousins": a relation flagged already
    checks += eaters_not_counted(text, covered, _GUEST, checks)  # "the bus driver eats too"
    checks += unnumbered_households(text, covered, catalog_word, _GUEST, asked)  # "+ their kids"
    checks += unnumbered_young(text, covered, asked, kids_counted=kids_counted)  # "and grandkids"
    checks += vague_more(text, covered, catalog_word)  # "15 adults chicken shrimp 95630 + a few more"
    checks += writer_left_out(text, covered)  # "12 adults besides me": 13, or kids among them?
    checks += pronoun_pairs(text, covered)  # "him and his wife will come too": who is "him"?
    checks += trailing_people(text, covered, catalog_word, _GUEST, checks)  # "... 95823 my bf's family"
    checks += joined_groups(text, covered, catalog_word, _GUEST, checks)  # "12 adults and the team"
    counted = " ".join(text[s:e] for s, e in explained)
    # Group words the parse counted ("10 ladies 8 guys"): named again without a number, one of
    # several groups is a choice the parse did not place ("ladies want salmon").
    groups = {g.group(1) for g in re.finditer(rf"\d+\s*({_GUEST.pattern})", counted)} - _BAND_WORDS
    for m in _GUEST.finditer(text):
        word = m.group(0)
        if word in _KID_BAND and not kids_counted and m.span() not in covered:
            # "the kids would love it": the kids counted before, when a conversation counted them
            again = _DEFINITE.search(text, max(0, m.start() - 8), m.start())
            again = again or KIDS_LIKE.match(text, m.end())  # "kids will love it": the same
            again = again or KIDS_KEEP.match(text, m.end())  # "kids keep the chicken"
            flag("kids_again" if again else "kids", m, "kids mentioned without a number")
            continue
        if word in _BAND_WORDS or m.span() in covered or PLACE_AFTER.match(text, m.end()) or (
            m.span() in hosts or PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "at my parents house", "at my parents in auburn": whose place, no guests;
            # "us, my parents, ..., so 8 adults"
        if re.search(r"(?:\d\s*(?:(?:little|young|small|flower)\s+)?|\b(?:you|u|ya)\s+)$",
                     text[max(0, m.start() - 14) : m.start()]):
            continue  # a number before it ("2 flower girls") is checked as one; "you guys": us
        if groups == {word} or same_crowd(text, m.start(), word, groups) or re.match(
            rf"\s*[:!.,-]\s*\d{{1,3}}\s+{word}\b", text[m.end() :]
        ):
            continue  # the counted group named again ("10 guys ... the guys want filet"), or
            # named right before its count ("party for our seniors: 14 seniors plus 3 coaches")
        if hosting_member(text, *m.span()) or relation_role(text, *m.span()):
            continue  # "18 members plus 2 advisors ... 1 of the advisors is hosting": one of them
        if team_word_again(text, *m.span()) or says_recount(text, *m.span()):
            continue  # "our 10U softball girls, 11 players ... chicken for the girls": the players;
            # "coach says we're 16 players now, not 14": who passes the count on
        if describes_adults(text, *m.span()) or travels_before_total(text, *m.span()):
            continue  # "22 adults all parents and seniors", "siblings flying in, we'll be 16 adults"
        if _SIGNED.match(text, m.end()) and _OPENING.match(text[: m.start()]):
            continue  # "hey coach mike here.": the writer by role and name, counted by the roles
        if _HELLO.match(text[: m.start()]) and _ADDRESSED.match(text, m.end()):
            continue  # "hey guys, 2 more adults": the business greeted, no guest
        said_by = reported_remark(text, m.end())  # "the coach said no alcohol": whose word, no guest
        if names_no_one(text, *m.span(), catalog_word) or (  # (a word on an add-on: no guest in it)
            said_by and not catalog_word.search(add_on_word.sub(" ", said_by[1]))
        ):
            continue  # "for our coaches, 9 adults", "the seniors ministry", "our members love it"
        if whose_event(text, *m.span()):
            continue  # "a surprise for my parents anniversary", "for my parents, 14 ppl total"
        if honoree_listed(text, *m.span(), covered):
            continue  # "dinner for my parents, it will be my parents, me, ...": counted in the list
        if givers_counted(text, *m.span(), counted):
            continue  # "surprise from our parents ... 3 of us room parents": those who come counted
        if for_add_on(text, m.start(), add_on_word):  # "the sake service for the parents"
            # (beside "28 adults": among them; "party for our 16U girls ... show for the girls")
            if not (inside_adults(text, word) or named_before(text, m.start(), word, checks)):
                flag(ADD_ON_GROUP, m, "a group not counted")  # counted before, in a conversation?
            continue
        definite = bool(_DEFINITE.search(text, max(0, m.start() - 8), m.start()))
        definite = definite and word in _GROWN_KINDS  # "these dudes can eat": the guests counted before
        flag("guests_again" if definite else "guests", m, "a group not counted")
        people.append(group_named(checks[-1], text, m.start(), m.end(), people))
    for m in _FOR_SOMEONE.finditer(text):
        before = text[max(_sentence(text, m.start())[0], m.start() - 30) : m.start()]
        if catalog_word.search(before) and m.span(1) not in covered and not extras_for(before):
            group = for_add_on(text, m.start(1), add_on_word)  # "sake for the parents": theirs?
            if not (group and inside_adults(text, m.group(1))):
                flag(ADD_ON_GROUP if group else "proteins", m, "a choice for someone not counted")
    for m in NEGATION.finditer(text):
        if (refuses_off_catalog(text, *m.span(), catalog_word, _GUEST)  # "no turkey this year"
                or negation_explained(text, *m.span()) or people_left_out(text, *m.span())
                or except_opens_changes(text, *m.span())  # "same order as ..., except we're 46 now"
                or count_instead(text, *m.span(), catalog_word)  # "do 36 adults instead?"
                or place_instead(text, *m.span(), catalog_word)  # "did it at my parents instead?"
                or elsewhere_instead(text, *m.span(), catalog_word)  # "going to a sleepover instead"
                or typo_remark(text, m.start(), catalog_word)):  # "*salmon lol she's not getting"
            continue  # "no paneer, just": off the catalog anyway; "no husbands this time!" says
            # who the counted guests are not: the order is unchanged either way
        if m.span() not in covered and near_order_words(m.span()):
            dropped = count_dropped_to(text, *m.span())  # "drop it to 10 adults": asked unless lower
            flag(DROPPED_TO if dropped else "message", m, "a negation the order does not reflect")
    for m in CHOICE_NEAR.finditer(text):
        near = text[max(0, m.start() - 25) : m.end() + 25]
        if m.span() not in covered and catalog_word.search(near):
            flag("message", m, "a choice between options")
    for m in CHOICE.finditer(text):
        # "the dads might come too": guests not settled, wherever the order's words are
        coming = MAY_COME.match(text, m.end())
        before = sentence_before_lone(text, _sentence(text, m.start()))  # "... people? maybe"
        if coming and settled_here(text, m.end()):
            continue  # "mentioned my parents might join - they confirmed, so add 2 adults"
        if m.span() not in covered and (coming or near_order_words(m.span(), 40) or (
            before and (catalog_word.search(before) or _GUEST.search(before) or ADD_MORE.search(before))
        )):
            # "maybe 15-20 people": a count not settled, which a later count settles
            flag("guests" if COUNT_AFTER.match(text, m.end()) else "message", m, "undecided")
    for m in LATER.finditer(text):  # "I'll get back to you on the second one": not chosen yet
        if m.span() not in covered:
            flag("proteins", m, "a choice left for later")
    for m in VAGUE.finditer(text):
        after = re.split(r"[,;.!?\n]", text[m.end() : m.end() + 45], maxsplit=1)[0]
        if couple_choosing(text, m.end(), counted=adults_counted):
            continue  # "32 adults ... the couple would like filet": the hosts, counted
        if m.span() not in covered and catalog_word.search(after):
            flag("message", m, "a vague quantity")
    # ("at the home show and loved it": a show of another kind lists no item beside it)
    unshown = _blanked(text, other_shows(text))
    for word, span in list_neighbours(unshown, catalog_word, known=_BAND_WORDS, guest=_GUEST):
        if span not in covered and not tally_word(text, span):  # "16 yes and 3 maybes, chicken"
            checks += [("proteins", not_understood(word, "an item listed with the proteins"))]
    checks += [("proteins", not_understood(m.group(0), "vegetables or vegetarians?"))
               for m in MORE_VEG.finditer(text) if m.span() not in covered]  # fmt: skip
    for word, span in wished_unknowns(text, LIST_WORDS | _BAND_WORDS, catalog_word):
        if span not in covered and not any(word == quoted(why) for _, why in checks):
            # "queremos langosta y pollo" with no catalog word beside
            checks.append(("proteins", not_understood(word, "an item asked for")))
    # "plus a photo booth", "can your chef make kebabs"
    checks += requested_checks(text, covered, (catalog_word, _GUEST), checks)
    checks += [("proteins", f"'{dish}' is not on the menu: not priced as the hibachi dinner's")
               for dish in prepared_proteins(text)]  # fmt: skip
    in_full = named_in_full(text, catalog) if add_on_word.search(text) else set()
    for m in add_on_word.finditer(text):
        if m.span() not in covered and m.group(0).strip() not in in_full:  # "the show" after its name
            longer = asks_longer(text, m.end()) and longer_add_on(catalog)  # "the show be longer?"
            checks.append(longer_check(longer) if longer else unmatched_add_on(m.group(0).strip()))
    for word, close, span in near_misses(text, catalog):
        if span not in covered:
            checks.append(("proteins", f"did not understand '{word}' (close to '{close}')"))
    told = published_upgrade_prices(text, catalog)  # "the lobster upgrade is $15": its price
    checks += doubts(text, explained + told, catalog_word) + honoree_left_out(text)  # "for my in-laws"
    checks += graders_unread(text, covered)  # "a 3rd grader and a 7th grader": 12 or 13?
    checks += two_prices(text)  # "how much for 10 adults, and how much if we add the sake?"
    return Unexplained(checks, tuple(people))


def _blanked(text: str, spans: list[Span]) -> str:
    """`text` with each of `spans` written as spaces, its length (and every other span) kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
