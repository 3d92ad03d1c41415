"""Deterministic reading of a party from a customer's words (no model, no network): guests by age
band, proteins with counts, add-ons, ZIP code, topics asked about, and the checks a careful person
would raise. A conversation is read message by message; a later message changes only what it
names ("actually 18 adults", "oh and 4 kids"), and the whole corrected order is priced again.
"""

from __future__ import annotations

import dataclasses

from orchestrator.catalog import Catalog
from orchestrator.reading.add_on_reading import read_add_ons
from orchestrator.reading.adding_words import ADD, adds_near
from orchestrator.reading.adults_all import adults_for_all
from orchestrator.reading.ages_as_counts import ages_not_counts
from orchestrator.reading.allergies import allergy_foods, diet_checks, diet_reasons, meatless_share
from orchestrator.reading.asides import asides, people_numbers
from orchestrator.reading.asked_food import asked_foods
from orchestrator.reading.asks import ProteinAsk, resolved_words
from orchestrator.reading.asks_sorted import sort_asks
from orchestrator.reading.bare_instead import bare_instead
from orchestrator.reading.blanking import hide
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.change_checks import KEEPS_REST, ONLY, change_checks, made_list, replaces_order
from orchestrator.reading.changes import changes_of_mind, instead_spans
from orchestrator.reading.cheaper_switch import premium_given_up
from orchestrator.reading.checks import unexplained_numbers
from orchestrator.reading.corrections import self_corrections
from orchestrator.reading.couples_out import couples_told
from orchestrator.reading.coverage import unexplained_words
from orchestrator.reading.details_after import DECLINES, details_only, none_declined, opens_with_yes
from orchestrator.reading.diet_remarks import diet_party_apart, diet_remarks, pescatarian_counts
from orchestrator.reading.disliked import by_everyone, dislike_checks
from orchestrator.reading.eaters import eater_reasons
from orchestrator.reading.emoji import food_emoji
from orchestrator.reading.except_instead import meatless_left
from orchestrator.reading.extras_missing import said_missing
from orchestrator.reading.family_joins import family_joins
from orchestrator.reading.family_of_joins import family_of_joins
from orchestrator.reading.first_names import first_names
from orchestrator.reading.followups import read_follow_up
from orchestrator.reading.group_alone import group_alone, shared_extras
from orchestrator.reading.group_answered_total import group_answer
from orchestrator.reading.group_choice import everyone_checks, group_choice_checks
from orchestrator.reading.group_counts import group_counted_swaps
from orchestrator.reading.group_each import group_each
from orchestrator.reading.group_removals import group_removals
from orchestrator.reading.group_then_adults import group_then_adults
from orchestrator.reading.groups import harmless_subsets, meatless_choices
from orchestrator.reading.grown_ages import grown_ages
from orchestrator.reading.guest_part import read_guest_part
from orchestrator.reading.half_each import half_each
from orchestrator.reading.history import merge_history
from orchestrator.reading.honoree_among import honoree_among
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.joiners_swap import joiners_swap
from orchestrator.reading.kept_out import kept_out
from orchestrator.reading.kid_added import kid_told
from orchestrator.reading.kids_away import kids_price_asked
from orchestrator.reading.kids_now import counted_kin, single_band
from orchestrator.reading.kind_remarks import kind_remarks
from orchestrator.reading.later_fields import later_fields
from orchestrator.reading.left_to_us import left_to_us
from orchestrator.reading.liked import liking_reasons
from orchestrator.reading.loose_counts import unplaced_checks
from orchestrator.reading.meats_out import eaten_by_none_checks
from orchestrator.reading.menu_lacks import menu_lacks
from orchestrator.reading.multipliers import count_checks
from orchestrator.reading.named_choosers import choosers_proteins
from orchestrator.reading.not_ordered import not_ordered
from orchestrator.reading.one_each import one_for_each
from orchestrator.reading.order_edits import order_edits
from orchestrator.reading.own_sum import writers_sum
from orchestrator.reading.part_left import aged_parts, part_left
from orchestrator.reading.part_recount import part_now, said_parts
from orchestrator.reading.person_numbers import workplace_spans
from orchestrator.reading.pescatarian_share import pescatarian_reasons
from orchestrator.reading.phrases import meatless_guests
from orchestrator.reading.places import places_with_zip
from orchestrator.reading.prepass import prepared
from orchestrator.reading.priced_order import to_order
from orchestrator.reading.reasons import KIDS_AMONG_UNPLACED
from orchestrator.reading.relation_answered import relations_counted
from orchestrator.reading.remarks import remarks, taken_back_counts, vague_groups
from orchestrator.reading.replaced import repeated_counts
from orchestrator.reading.said_counts import said_count_checks
from orchestrator.reading.said_groups import said_fields
from orchestrator.reading.scopes import named_once, per_person, picked_from
from orchestrator.reading.some_swaps import swap_fields, swappers_only, swaps_for_some
from orchestrator.reading.split_ages import young_groups
from orchestrator.reading.split_pairs import split_sum_checks
from orchestrator.reading.stated_reference import order_topics
from orchestrator.reading.swap_decisions import settled_swaps, swaps_in_place
from orchestrator.reading.swap_it import every_swap, restated_counts
from orchestrator.reading.uncounted_groups import uncounted_groups
from orchestrator.reading.venue_zip import venue_zip
from orchestrator.reading.whole_company import whole_company
from orchestrator.reading.words import normalize, normalize_both
from orchestrator.zip_table import catalog_state

__all__ = ["Inquiry", "ProteinAsk", "extract", "merge_history", "normalize", "to_order"]


# An order fits in far less; beyond it a pasted wall of text (a hostile 300 kB SMS) would cost the
# number-by-number checks minutes of CPU. The rest is flagged.
READ_MAX_CHARS = 4000


def extract(text: str, catalog: Catalog) -> Inquiry:
    """Everything this one message says, with the checks it raises; of a message longer than
    `READ_MAX_CHARS`, its beginning, flagged."""
    if len(text) <= READ_MAX_CHARS:
        return _extract(text, catalog)
    read = _extract(text[:READ_MAX_CHARS], catalog)
    cut = ("message", f"a message of {len(text)} characters: only its first {READ_MAX_CHARS} read")
    return dataclasses.replace(read, checks=(*read.checks, cut))


def _extract(text: str, catalog: Catalog) -> Inquiry:
    unspelt, spelt = normalize_both(text, catalog)  # without and with the catalog's spelling
    norm, retracted = prepared(spelt, catalog)  # counts that are none blanked (`prepass`)
    follow = read_follow_up(
        norm, toddler_max=catalog.guests.toddler_max_age, child_max=catalog.guests.child_max_age
    )
    norm = follow.text  # "a baby", "another kid": one guest, as a count
    part = read_guest_part(norm, follow, catalog)  # the writer's role, totals, joiners hidden from it
    guests, checks, used = part.guests, part.checks, part.used
    norm = hide(norm, part.shares)  # "a third of us (4 ppl)": the share read, its count told again
    was, was_spans, was_checks = repeated_counts(norm, guests.used)
    read, chosen, chooser_checks = choosers_proteins(norm, guests.adults, catalog, guests.children,
                                                     first_names(text))  # "Mike and Dave want"
    checks += chooser_checks  # "my mom wants chicken, ..." beside 5 adults: the others?
    read, used = adults_for_all(norm, read), used + was_spans + chosen  # "for all 10 of us adults"
    read = whole_company(norm, read, guests.used)  # "me and 11 coworkers"
    asks, age_checks = ages_not_counts(norm, read, guests.age_lists)
    counted = guests.adults is not None or guests.kids_said  # "the kids just get chicken": the order's
    asks, alone = group_alone(norm, shared_extras(norm, asks), counted=counted)
    checks += age_checks + list(alone.checks)
    # "half chicken half shrimp wait no, 2 proteins each": a split taken back is one too
    plain = [a for a in asks if a.portions is None and not (a.rest or a.extra)]
    dropped, mind_spans = changes_of_mind(norm, [(a.count_span[0] if a.half and a.count_span
                                                  else a.start, a.end) for a in plain])  # fmt: skip
    asks = [a for a in asks if not any(a is plain[i] for i in dropped)]
    read_back = [a.taken_back for a in asks if a.taken_back]
    asks, corrected = self_corrections(norm, asks, mind_spans + read_back)
    asks, swaps, settled = settled_swaps(norm, asks, alone.outside(every_swap(norm, catalog)), catalog)
    asks, group_out, out_spans, out_checks = group_removals(norm, asks)  # "no lobster for the kids"
    apart = not_ordered(norm, asks, catalog)  # weighed, dismissed, liked, disliked, a swap's reason
    asks, asked, asked_checks = asked_foods(norm, apart.asks, most=catalog.guests.included_portions)
    checks += asked_checks + out_checks
    meatless, meatless_spans = meatless_guests(norm)
    asks = diet_party_apart(norm, asks)  # "we're a pescatarian + veggie crowd": no vegetables
    asks = meatless_choices(norm, asks, meatless_spans, catalog)
    mind_spans += corrected + settled + apart.weighed + apart.passed + retracted + asked + apart.liked
    swap_spans = [swap.span for swap in swaps]
    restated, said, said_checks = restated_counts(norm, swaps)  # "lobster for 48 ppl ... swap it"
    used, was, was_checks = used + restated, was + said, was_checks + said_checks
    explained = list(swap_spans) + mind_spans + out_spans + list(alone.spans)
    edits = order_edits(norm, asks, catalog)  # "take off his filet", "no shellfish": of the order's
    explained, used, checks = explained + edits.explained, used + edits.used, checks + edits.checks
    sort = sort_asks(norm, edits.rest, asks, swap_spans)  # kept, kept as it was, taken out, swapped
    kept, removed, retained = sort.kept, list(apart.declined) + sort.removed, sort.retained
    swaps, checks = swaps + sort.swaps, checks + sort.checks
    explained, used = explained + sort.explained, used + sort.used
    used += [swap.span for swap in swaps if swap.count is not None]  # "... for 4 of them"
    kept, swaps = swaps_in_place(norm, kept, swaps)
    swaps, checks = group_counted_swaps(swaps, guests, checks)  # "10 adults, 2 kids ... 4 of the kids"
    some_swaps = [(w.span, w.old) for w in swaps if w.partial]  # "2 of the girls dont eat ... so"
    kept, swaps, opened = swaps_for_some(norm, kept, swaps)
    some_swaps += [(span, a.protein) for span in opened for a in kept if a.rest]  # given up by the few
    meatless = meatless_left(meatless, meatless_spans, opened)  # "except the 4 vegetarians would like"
    guests = swappers_only(guests, swaps)  # "party: 4 of us want lobster instead of shrimp"
    explained += opened
    used += opened  # "3 of those upgraded to filet": the count read with the upgrade
    add_ons = read_add_ons(norm, catalog)
    liked = add_ons.found or swaps or swap_spans  # "they love a show", "... dads deserve it"
    explained += add_ons.spans + (liking_reasons(norm) if liked else [])
    checks += add_ons.checks  # "the sake and the show ... take it off": which one?
    if removed or add_ons.removed or swap_spans or alone.said:  # "make the strip salmon instead"
        explained += instead_spans(norm)
    elif bare := bare_instead(norm, kept):  # "scallops instead", "shrimp and tofu instead": of what?
        explained, checks = explained + bare.spans, checks + [bare.check]  # the conversation knows
    kept, group_spans = group_each(norm, kept, adults=guests.adults, children=guests.children,
                                   most=catalog.guests.included_portions)  # fmt: skip
    kept, one_spans = one_for_each(norm, kept)  # "12 lobster tails, one for each of us"
    group_spans += one_spans + list(alone.spans)
    each, each_span = per_person(norm, group_spans)  # "kids want chicken, 2 each": theirs
    used += group_spans + ([each_span] if each_span else [])
    used += meatless_spans + (subsets := harmless_subsets(norm))  # "1 guest has a peanut allergy"
    used += taken_back_counts(norm) + people_numbers(norm, kept, guests.adults)  # "for my dad and his 2"
    used += grown_ages(norm) + honoree_among(norm, guests.kid_ages)  # "de mi hija (8 años)", of the kids
    explained += part.brackets + part.intro  # "im the advisor for the robotics club"
    checks += vague_groups(low := text.lower()) + count_checks(norm, low, catalog)  # "a dozen"
    explained += asides(norm, kept, explained, catalog, kids_counted=guests.kids_said)
    explained += remarks(norm) + diet_reasons(norm, {a.protein for a in kept})  # 'we are vegan'
    # "salmon and chicken, a few of the girls are pescatarian so the salmon works for them"
    pescatarians = pescatarian_reasons(norm, {a.protein for a in kept},
                                       kids_counted=bool(guests.children or guests.toddlers))
    explained, used = explained + pescatarians, used + pescatarians  # "2 of us are": placed
    # "add 8 shrimp, turns out a few of the uncles eat seafood"; "4 of them salmon instead, ... eat fish"
    explained += eater_reasons(norm, kept, frozenset(w.new for w in swaps if w.partial))
    explained += half_each(norm, kept, catalog.guests.included_portions)  # "2 proteins, half and half"
    explained += kept_out(norm, {a.protein for a in kept})  # "so no shellfish - salmon and chicken"
    explained += diet_remarks(norm, kept)  # "chicken and salmon, she doesnt eat red meat"
    used += pescatarian_counts(norm, kept)  # "salmon and chicken, 2 are pescatarian"
    kinds, shares = kind_remarks(norm, {a.protein for a in kept})  # "a few of us dont eat red meat"
    explained, used = explained + kinds, used + shares
    venue = venue_zip(norm, state := catalog_state(catalog), text)  # two ZIPs, a venue not settled
    used, checks = used + venue.spans, checks + venue.checks
    used += kids_price_asked(norm)  # "do kids under 6 eat free?": the band asked, no count
    checks += unplaced_checks(norm, loose := list(unexplained_numbers(norm, used)))
    among = follow.among if not guests.adults_said else None  # "20 people, 5 of them are kids"
    said_guests = guests.adults is not None or guests.kids_said
    # "my sister-in-law and her husband + their daughter (6) can come too", "my cousin's family
    # of 4 is coming now, 2 kids 8 and 10": all of them join
    family = family_of_joins(norm, adults=guests.adults, total=follow.total,
                             kids=(guests.children or 0) + (guests.toddlers or 0))  # fmt: skip
    explained += [family] if family else []
    joins = guests.adults_said and guests.kids_said and (family is not None or family_joins(norm))
    checks += [c for c in follow.checks if (among is not None or c[1] != KIDS_AMONG_UNPLACED)
               and (c[0] != "ages" or not said_guests)  # "kids are 4 and 9": with the kids
               and not writers_sum(c, follow.total, guests)]  # "all adults, so 30 total"  # fmt: skip
    checks += was_checks + said_count_checks(part.text, guests, [*subsets, *restated])  # "5 of us"
    # "Elk Grove 95758" a place, "40 years w/ the railroad", "no lamb on your menu so: filet"
    explained += places_with_zip(norm, state) + workplace_spans(norm) + menu_lacks(norm)
    explained += none_declined(norm, named=bool(add_ons.found or add_ons.removed))  # "no add ons"
    uncovered = unexplained_words(norm, used + explained, catalog, kids_counted=guests.kids_said,
                                  adults_counted=guests.adults_said)  # fmt: skip
    checks += uncovered.checks + uncounted_groups(norm)  # "+ 2 coaches + their parents": how many?
    checks += group_then_adults(norm)  # "8 coworkers. 10 adults.": 10 in all, or 18?
    checks += food_emoji(text, {a.protein for a in asks} | {k for sw in swaps for k in (sw.old, sw.new)})
    foods = allergy_foods(norm)  # "a shellfish allergy": kept for a later message's order too
    checks += diet_checks(norm, ordered := {a.protein for a in kept} | {sw.new for sw in swaps}, foods)
    everyone = said_guests or by_everyone(norm, apart.disliked_alone)  # "nobody here likes shrimp"
    checks += dislike_checks(apart.dislikes, ordered, counted=everyone)
    # "my mom doesn't eat red meat"; not of the guests a swap for some takes it from
    checks += [] if swaps else eaten_by_none_checks(norm, ordered, some_swaps)
    checks += left_to_us(norm)  # "whatever's most popular for the proteins": none chosen
    checks += joiners_swap(norm, swapped=bool(swaps))  # "my brother ... can they do shrimp instead"
    adding = bool(guests.adults_added or guests.kids_more or adds_near(norm, guests.used))
    checks += group_choice_checks(norm, kept, adults=guests.adults, children=guests.children,
                                  adding=adding)  # fmt: skip
    checks += everyone_checks(norm, kept, adults=guests.adults, children=guests.children)
    checks += split_sum_checks(norm, adults=guests.adults, children=guests.children)  # "for those 5"
    checks += venue.city_checks + change_checks(  # "we're in Elk Grove": the travel fee to confirm
        norm, kept=kept, removed=removed, retained=retained, swaps=swaps, catalog=catalog)  # fmt: skip
    topics, complaint = order_topics(unspelt, norm, catalog_words(catalog)[0])  # "same as before (.)"
    return kid_told(norm, catalog, couples_told(text, counted_kin(norm, catalog, Inquiry(
        adults=(guests.adults or 0) if said_guests else None,
        children=(guests.children or 0) if said_guests else None,
        toddlers=(guests.toddlers or 0) if said_guests else None,
        proteins=tuple(named_once(kept)),
        add_ons=tuple(add_ons.found),
        add_on_words=frozenset(norm[a:b].split()[-1] for a, b in add_ons.spans),
        zip_code=venue.zip_code,
        topics=topics, complaint=complaint,
        allergies=foods, dislikes=apart.dislikes,
        meatless_share="" if kept else meatless_share(norm),  # "also half of us are vegetarian"
        assumptions=tuple(guests.notes),
        checks=tuple(checks),
        named=uncovered.named,  # "my brother", "his wife": people named, not counted
        per_person=each,
        picked_from=each is not None and picked_from(norm),
        adults_said=guests.adults_said, kids_said=guests.kids_said,
        removed=tuple(removed), group_removed=group_out, group_alone=alone.said,
        replace_proteins=replaces_order(norm, spelt, kept, removed,
                                        [w.span for w in swaps] + edits.recount_spans),
        was_portions=edits.recounted, kinds_removed=edits.gone, portions_off=edits.portions,
        extras_off=edits.extras_off, made_list=made_list(norm, kept),
        only=bool(ONLY.search(norm)), meatless=meatless, missing=said_missing(norm),
        removed_add_ons=tuple(add_ons.removed), add_ons_off=tuple(add_ons.off),
        **swap_fields(swaps, norm), cheaper=premium_given_up(norm, kept, catalog),
        retained=tuple(dict.fromkeys(retained)),
        resolves=resolved_words(catalog, retained, kept), adds=bool(ADD.search(norm)),
        adults_weak=guests.adults_weak, adds_guests=adds_near(norm, guests.used),
        kids_more=guests.kids_more or follow.arriving or joins,  # "my 2 nephews can come now, 10 and 4"
        kids_by_ages=guests.kids_by_ages, kid_named=guests.kid_named,
        named_kids=tuple(guests.named_kids), moves=tuple(guests.moves),
        kid_ages=tuple(guests.kid_ages), relation_ages=tuple(guests.relation_ages),
        adults_added=guests.adults if joins and guests.adults else guests.adults_added,
        aged_adults=guests.aged_adults, recount_adds=guests.recount_adds,
        **later_fields(norm, follow, catalog, children=guests.children, said_guests=bool(said_guests)),
        **said_fields(text, catalog),  # "4 tables of 6, all adults", "5 of his friends (all 9)"
        grown_parts=said_parts(text, catalog), part_now=part_now(text),  # "20 teens now, not 18"
        aged_parts=aged_parts(text, catalog), part_left=part_left(text),  # "so 10 players now"
        group_answer=group_answer(text),  # "5 of the husbands, so 17 adults total"
        uncounted=young_groups(norm, [int(n) for n in loose if str(n).isdigit()]),
        keeps_rest=bool(KEEPS_REST.search(norm)),
        people_total=guests.total is not None and guests.adults == guests.total,
        one_band=single_band(norm, guests.children, guests.toddlers),  # "oh and a baby"
        changes=tuple(follow.changes) + edits.guest_out(follow.hidden), kin_said=follow.kin,
        bare_total=follow.total, among=among, was=tuple(was), relations=relations_counted(text),
        details=details_only(norm),  # "The party is at 7421 Sunrise Blvd ... Gate code 4410."
        declines_add_ons=bool(DECLINES.search(norm)), details_yes=opens_with_yes(norm),
    ))))
