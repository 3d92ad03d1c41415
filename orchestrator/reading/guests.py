"""Guests by age band from normalized text: counts, ages listed one by one or as a range, form
fields ("Adults: 14"), totals ("party of 15") and the checks when they do not fit together."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog
from orchestrator.reading.adults import PART, adult_mentions, adults_added, uncorrected_counts
from orchestrator.reading.aged_honoree import count_aged_honoree
from orchestrator.reading.alternation import alternation
from orchestrator.reading.arrivals import arrivals
from orchestrator.reading.band_confirmed import band_confirmed
from orchestrator.reading.bringing_groups import bringing_groups
from orchestrator.reading.choosers import NO_COUNT, kids_known_by_ages
from orchestrator.reading.coming_too import kids_coming
from orchestrator.reading.delta_total import delta_total
from orchestrator.reading.family_again import family_named_again
from orchestrator.reading.groups import (
    aged_groups,
    excess_plus_ones,
    household_list,
    named_group,
    plus_ones,
    vague_plus_ones,
)
from orchestrator.reading.grown_so_total import so_totals
from orchestrator.reading.guest_kids import kids_counted
from orchestrator.reading.guest_record import Guests
from orchestrator.reading.guest_total import total_checked
from orchestrator.reading.guests_on_top import guests_on_top, us_plus_guests
from orchestrator.reading.honoree import honoree_guests
from orchestrator.reading.household import ITEM, us_lists, writer_party
from orchestrator.reading.kids_by_other_ages import relation_ages
from orchestrator.reading.list_count import list_counted_again
from orchestrator.reading.multiples_counted import count_multiples
from orchestrator.reading.named import (
    named_before_total,
    named_for_count,
    named_for_their_event,
    named_inside,
)
from orchestrator.reading.named_out import named_out
from orchestrator.reading.named_recount import added_in_recount
from orchestrator.reading.one_by_age import count_year_olds
from orchestrator.reading.own_family import own_family
from orchestrator.reading.partners import unread_in_list
from orchestrator.reading.parts_to_total import parts_to_total
from orchestrator.reading.party_plus_aged import party_plus_aged
from orchestrator.reading.phrases import protein_words, writer_and_friends
from orchestrator.reading.portions_for import party_or_eaters
from orchestrator.reading.pronoun_aged import pronoun_aged
from orchestrator.reading.recount_group import added_group
from orchestrator.reading.relations import aged_relations, aged_relatives
from orchestrator.reading.role_lists import adult_roles
from orchestrator.reading.role_ranges import role_ranges
from orchestrator.reading.teen_parts import within
from orchestrator.reading.totals import guest_ranges, guest_totals
from orchestrator.reading.us_named import us_named
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

ADULT, KID, TEEN, TODDLER, PEOPLE = (alternation(w) for w in
                                     (ADULT_WORDS, KID_WORDS, TEEN_WORDS, TODDLER_WORDS, PEOPLE_WORDS))  # fmt: skip  # noqa: E501
def extract_guests(text: str, catalog: Catalog) -> Guests:
    """Guests by band from normalized text, with the checks a careful reader would raise."""
    g = Guests()
    for said, span in guest_ranges(text) + role_ranges(text):  # "25-30 volunteers, all adults"
        g.checks.append(("guests", f"a range or rough guest count ({said}): how many exactly?"))
        g.used.append(span)
    counts = {"adults": 0, "children": 0, "toddlers": 0, "_unknown_kids": 0}
    mentions, choosing, kid_spans = kids_counted(text, catalog, g, counts)  # "3 kids (4, 7, 9)"
    count_year_olds(text, catalog, g, counts, kid_spans, mentions)
    for age, said, span in band_confirmed(text, catalog):  # "my nephew is 13 so he's an adult now"
        g.moves.append((said, said, age))
        g.used.append(span)
        g.checks.append(("move", f"a guest of {age} said to be in the {said}: one of the order's?"))
    relatives, relative_checks = aged_relatives(text, catalog)  # "their cousins (7, 9, 11)"
    lists = [k.listed for k in mentions if k.listed]  # "(10, 9 and our baby girl who is 1)"
    found = aged_relations(text, catalog, lists) + relatives
    for one in found:  # "our grandson (2)", "my twins (10)"
        counts[one.band or "children"] += one.count
        g.used.append(one.span)
    g.relation_ages = relation_ages(text, found)  # "my nephews 12 and 3": 12, 3
    g.checks += relative_checks
    count_aged_honoree(text, catalog, g, counts, relatives, found)  # "+ the birthday girl (turning 1)"
    count_multiples(text, catalog, g, counts, mentions)  # "2 adults + twins age 4", "our twins (10)"
    heads = aged_groups(text, catalog)  # "my 2 sons (8 and 10)": the relation's, counted once
    aged = [a for a in heads if not any(s <= a.span[0] and a.span[1] <= e for s, e in g.used)]
    for group in aged:  # "18 friends (14-15 yrs)": teens are adults
        counts[group.band or "children"] += group.count
        g.used.append(group.span)
        g.checks += [("guests", group.check)] if group.check else []
    only_choosing = all(k.count is not None or any(k is c for c in choosing) for k in mentions)
    if kids_known_by_ages(g.checks, only_choosing, [grp.band for grp in aged]):
        counts["_unknown_kids"] = 0  # "Kids want chicken" beside "11 players (all 9-10)"
        g.checks.remove(NO_COUNT)
    # "him + 13 of his buddies (all 15-17)": "all" closes the list he heads ("(14-15)" is theirs)
    all_teens = frozenset(
        g.span for g in aged if g.band == "adults" and re.search(r"\ball\b", text[g.span[0] : g.span[1]])
    )
    # "him, 14 friends"
    honored = honoree_guests(text, catalog, [group.span for group in heads], all_teens)
    for one in honored:
        counts[one.band or "adults"] += one.count
        g.used.append(one.span)
        g.checks += [("guests", one.check)] if one.check else []
    listed, heading = household_list(text)
    roles = adult_roles(text)  # "17 players + 2 coaches, all adults"
    # "we're 14 now, 2 coworkers ... so add 2 more", "add 3 more, so 21 total": the 2 the 14 holds
    added = added_group(text) or delta_total(text)
    # the adults a role list names ("+ 2 chaperones, all adults") are counted with the list
    blank = [r.span for r in roles] + ([added.span] if added else [])
    # "our manager plus 10 members, so 11 adults": the parts of a total they sum to, no adults more
    blank += parts_to_total(text)
    # "8 coworkers, so 10 adults": the total said holds the counts before it (asked when they do
    # not make it), never a count more (round q85k)
    so = so_totals(text, blank)
    blank += so.spans
    # "18 cheerleaders (all 14-17), 2 coaches ..., so 21 adults total": the teens read by their
    # ages are inside the total said, no adults more (round q86m)
    counts["adults"] -= sum(a.count for a in aged if a.band == "adults" and within(a.span, so.spans))
    g.used += so.spans  # placed: inside the total said
    g.checks += [("guests", check) for check in so.checks]
    unroled = "".join(" " if any(s <= i < e for s, e in blank) else c
                      for i, c in enumerate(text)) if blank else text  # fmt: skip
    adults_by_word, teens, g.adults_weak = adult_mentions(
        unroled, g.used, adult_min=catalog.guests.child_max_age + 1, summed=listed,
        food=protein_words(catalog),
    )  # fmt: skip
    g.used += [heading, *own_family(text)] if heading else []  # "... and our family is 4 adults"
    g.checks += [] if listed else [("guests", c) for c in uncorrected_counts(unroled)]
    for role in roles:
        adults_by_word["role"] = adults_by_word.get("role", 0) + role.count
        g.used.append(role.span)
        g.checks += [("guests", role.check)] if role.check else []
    brought, brought_spans = plus_ones(unroled)  # a role list counts its own plus-ones
    g.checks += [("guests", check) for check in vague_plus_ones(text)]
    # "12 coworkers and 4 of them bring a plus-one": a group the plus-ones are not part of ("12
    # adults" may be the whole headcount, dates included: asked)
    # "10 of us and 3 bring a date", "me n 14 of my teammates (friends) ... 3 of them bring"
    us = bringing_groups(text, brought_spans)
    if brought and (
        set(adults_by_word) - {"adult", "grownup", "grown up", "grown-up"} or us or named_group(text)
    ):  # "our team is 11 people and 3 bring spouses"
        counts["adults"] += brought
        g.used += brought_spans
        g.checks += excess_plus_ones(brought, sum(adults_by_word.values()))  # "18 members; 20 are"
    part = re.search(
        rf"{PART}(\d{{1,3}})\s*(?:{KID}|{TODDLER})\b|\b\d{{1,3}}\s+(?:are|r)\s+(?:{KID})\b", text
    )
    if part and adults_by_word:  # "10 adults including 2 kids": 10 in all, or 10 and 2?
        g.checks.append(("guests", f"'{part.group(0).strip()}': are they among the adults counted?"))
    g.adults_added += adults_added(text)
    if plus := party_plus_aged(text, catalog):  # "party of 2 + 1 (our daughter, she's 8)"
        adults_by_word["party"] = adults_by_word.get("party", 0) + plus.adults
        counts[plus.band] += plus.kids
        g.used.append(plus.span)
    # "the bridal party is 8 + us 2 + 10 friends, so 20 adults": no party of 8
    # ("we're 3 families doing one party": the households' heading, no party of 3)
    summed = parts_to_total(text) + ([plus.span] if plus else []) + ([heading] if heading else [])
    totals, total_spans = guest_totals(text, [a.span for a in (*aged, *roles)] + us_lists(text)
                                       + summed, adults=sum(adults_by_word.values()))  # fmt: skip
    totals, doubt = us_plus_guests(text, totals, total_spans)  # "15 of us ... plus 15 guests"
    g.checks += [("guests", doubt)] if doubt else []
    g.used += total_spans
    g.total = totals[-1] if totals else None
    if len(set(totals)) > 1:
        g.checks.append(("guests", f"two different guest totals ({totals[0]} and {totals[-1]})"))
    came = None if adults_by_word or teens or totals or any(counts.values()) else arrivals(text)
    if came and not re.search(r"\b(?:me|myself)\b", text):  # "my parents can come after all"
        adults_by_word["arrival"] = came.adults
        g.adults_added += came.adults
        g.used.append(came.span)
    adults = (
        sum(adults_by_word.values()) + teens + counts["adults"] if (adults_by_word or teens) else None
    )
    kids = counts["children"] + counts["toddlers"]
    if kids > sum(k.count or 0 for k in mentions):  # "4 other kids (7, 8, 8, 10) plus the twins"
        g.used += [k.other for k in mentions if k.other]  # the others of kids counted beside them
    kids_said = any(k.count is not None for k in mentions) or counts["toddlers"] + counts["children"] > 0
    if adults is None and counts["adults"] and g.total is None:
        adults = counts["adults"]  # only guests listed by age
    company = party_or_eaters(text, writer_party(text, kids_said=kids_said), catalog)  # 2 lobster for me
    g.checks += [("guests", why) for why in unread_in_list(text, ITEM)]  # "me, jake and 4 couples"
    if company and g.total is not None and company.adults + counts["adults"] + kids != g.total:
        company = None  # "party of 9 incl. me and my husband": the total counts; a list that sums
        # to the total said ("14 teens counting him + me and my husband = 16") is that party
    if company is None and g.total is None and not kids_said:
        company = writer_and_friends(text)
    by_word = sum(adults_by_word.values()) + teens
    if company and by_word and by_word != company.counted and not list_counted_again(
        text, company.span, company.adults + counts["adults"], opening=company.unsure
    ):  # "2 adults? just me and my wife"
        company = None  # the list's own adult words counted adults ("me + 9 coworkers"); nothing else
    if company and any(company.span[0] < o.span[1] and o.span[0] < company.span[1] for o in honored):
        company = None  # "him + 10 buddies plus me n my mom": the writer and relation counted there
    if company:  # "me and my gf + 4 friends", "me, my wife and our 3 kids"
        # "me and 5 friends (all 15-16)": the friends the list counts are the group told with
        # its ages, counted by their band once
        twice = sum(a.count for a in aged if company.span[0] <= a.span[0] < company.span[1])
        adults = company.adults - twice + counts["adults"]
        g.used.append(company.span)
        if child := pronoun_aged(text, catalog, company.span):  # "my daughter (she's 5) ... me,
            g.used.append(child.span)  # my husband, her": her band, an adult only 13 and over
            if (told := child.told_in(o.span for o in found)) or child.band != "adults":
                adults, counts[child.band] = adults - 1, counts[child.band] + (not told)
                kids_said = kids_said or not told
        g.used += family_named_again(text, company.span)  # "my brother and his family ..." told
    inside = named_inside(text)  # "10 adults total incl. me and my wife": in the count
    g.used += inside.spans + named_for_count(text)  # "my sister n her husband ... add 2 adults"
    g.used += kids_coming(text)  # "oh and 4 kids are coming too": the count explains its words
    g.used += named_before_total(text)  # "my sister and I ... 16 adults total"
    g.used += us_named(text)  # "for me and my roommates!! 12 of us": us
    g.used += named_for_their_event(text)  # "my son and his fiancee are getting married"
    g.checks += inside.checks
    g.recount_adds, added_spans = (added.count, [added.span]) if added else added_in_recount(text)
    if not g.recount_adds:  # "my cousin and her husband can't come, so 26 adults": the count less 2
        g.recount_adds, added_spans = named_out(text)  # or "2 more dads ..., so 20 adults total"
    g.used += added_spans
    if g.recount_adds:  # dropped by the conversation when the earlier count and these make it
        more = f"{g.recount_adds} more" if g.recount_adds > 0 else f"{-g.recount_adds} fewer"
        g.checks.append(("recount", f"{more} than what count?"))
    if on_top := guests_on_top(text, total_spans, adults, kids):  # "10 members and 10 guests"
        adults = g.total = (adults or 0) + (g.total or 0)
    if g.total is not None:  # the total said against the counts by band
        adults = total_checked(text, g, total=g.total, adults=adults, kids=kids, kids_said=kids_said,
                               counts=counts, total_spans=total_spans, on_top=bool(on_top))  # fmt: skip
    counted = bool(adults_by_word or teens or g.total is not None or company)
    g.adults_said = adults is not None and counted  # not only kids' ages of 13 and over
    g.aged_adults = counts["adults"]
    if adults is None and not kids_said:
        return g  # "do kids eat free?" names no party
    g.adults = adults or 0
    if kids_said or counts["_unknown_kids"]:
        g.children, g.toddlers = counts["children"], counts["toddlers"]
    return g
