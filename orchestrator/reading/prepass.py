"""The message made ready for the guest reader: what would read as a count of guests but is
not one is rewritten or blanked out first (same length, so every span still holds)."""

from __future__ import annotations

from orchestrator.catalog import Catalog
from orchestrator.reading.abstainers import abstainer_clauses
from orchestrator.reading.aged_brood import aged_brood
from orchestrator.reading.all_count import all_as_people
from orchestrator.reading.article_ages import article_ages
from orchestrator.reading.blanking import hide
from orchestrator.reading.bracketed_sum import bracketed_sum
from orchestrator.reading.brought_kids import brought_kids
from orchestrator.reading.bullet_sums import bullet_sums
from orchestrator.reading.catalog_words import catalog_words
from orchestrator.reading.college_honoree import college_honoree
from orchestrator.reading.corrections import retracted_words
from orchestrator.reading.couple_added import couple_added
from orchestrator.reading.customer_math import customer_math, math_counts, price_asked_back
from orchestrator.reading.department_sums import department_sums
from orchestrator.reading.diet_named import diet_named
from orchestrator.reading.diet_plates import diet_plates
from orchestrator.reading.eldest_aged import eldest_aged
from orchestrator.reading.everyone_each import everyone_each
from orchestrator.reading.excepted_few import excepted_few
from orchestrator.reading.family_coming import family_coming
from orchestrator.reading.few_instead import few_instead
from orchestrator.reading.field_recount import field_recount
from orchestrator.reading.glossed import glossed_counts
from orchestrator.reading.grade_ages import grade_ages
from orchestrator.reading.grandkids_choice import grandkids_as_kids
from orchestrator.reading.group_bands import group_bands
from orchestrator.reading.group_each import plain_every
from orchestrator.reading.grown_brackets import grown_brackets
from orchestrator.reading.grown_parts import grown_parts_summed
from orchestrator.reading.honorees_named import honorees_named
from orchestrator.reading.household_brackets import household_brackets
from orchestrator.reading.household_joins import household_joins
from orchestrator.reading.household_lines import household_lines
from orchestrator.reading.household_people_lines import household_people_lines
from orchestrator.reading.household_sentences import household_sentences
from orchestrator.reading.joined_sum import joined_sum
from orchestrator.reading.kids_of_them import kids_of_them
from orchestrator.reading.labelled_people import labelled_people
from orchestrator.reading.listed_sum import listed_sum
from orchestrator.reading.lone_role import lone_role
from orchestrator.reading.made_up_counts import made_up_counts
from orchestrator.reading.meatless_instead import meatless_instead
from orchestrator.reading.minimum_counts import minimum_amounts, minimum_counts
from orchestrator.reading.named_adult_sums import named_adult_sums
from orchestrator.reading.named_numbers import long_named_numbers
from orchestrator.reading.named_parts import named_groups_summed
from orchestrator.reading.occasion_for import occasion_for
from orchestrator.reading.occasion_people import occasion_people
from orchestrator.reading.others_orders import others_orders
from orchestrator.reading.owned_counts import owned_counts
from orchestrator.reading.paper_numbers import hidden_paperwork
from orchestrator.reading.parent_words import counted_parents
from orchestrator.reading.past_booking import past_booking
from orchestrator.reading.pasted_chat import pasted_chat
from orchestrator.reading.plan_changed import plan_changed
from orchestrator.reading.reason_first import reason_first
from orchestrator.reading.reason_plates import reason_plates
from orchestrator.reading.relations import relation_among, them_as_kids
from orchestrator.reading.replaced import counts_taken_back
from orchestrator.reading.requesters import grown_requesters
from orchestrator.reading.restated_kids import restated_kids
from orchestrator.reading.role_breakdown import role_breakdown
from orchestrator.reading.sheet_total import sheet_total
from orchestrator.reading.sized_household import sized_household
from orchestrator.reading.sized_lists import sized_lists
from orchestrator.reading.spouse_counts import spouse_counts
from orchestrator.reading.tables_total import tables_beside_total
from orchestrator.reading.tally import bare_sums, pasted_tally, stated, stated_sums
from orchestrator.reading.team_grownups import parents_by_part, team_grownups
from orchestrator.reading.times_restated import times_restated
from orchestrator.reading.unit_numbers import unit_numbers
from orchestrator.reading.writer_crowd import writer_crowd
from orchestrator.reading.written_ages import written_ages

Span = tuple[int, int]


def prepared(spelt: str, catalog: Catalog) -> tuple[str, list[Span]]:
    """The normalized, spelt message ready for the guest reader, and the words taken back in it
    ("nuggets lol i mean": `retracted_words`)."""
    words = catalog_words(catalog)[0]
    spelt = pasted_chat(spelt, words)  # "Mom: filet and lobster ...\nso 12 adults, filet + lobster"
    norm, retracted = retracted_words(spelt, catalog)  # "nuggets lol i mean"
    norm = plan_changed(norm)  # "it was gonna be 12 adults but my sister and her husband ... so 14"
    norm = reason_plates(norm, catalog)  # "6 of them don't eat beef so chicken and shrimp for those 6"
    norm = few_instead(norm, catalog)  # "4 of them cant eat shellfish so chicken instead of shrimp"
    norm = diet_named(norm)  # "my mom and dad are vegan so can they have tofu and veggies instead?"
    norm = diet_plates(norm)  # "one of the girls went vegan lol can she get tofu instead of both?"
    norm = meatless_instead(norm)  # "4 of them are vegan - can those 4 get tofu and veggies instead?"
    norm = excepted_few(norm)  # "12 adults ... except 3 adults who are vegetarian": some of the 12
    norm = glossed_counts(norm)  # "6 bache (kids)": 6 kids
    norm = grade_ages(norm)  # "our 2 2nd graders", "ella (6th grade)": kids' ages by grade
    norm = group_bands(norm)  # "16 swimmers all 15-18 + 2 coaches", "our k-2 team, 12 teachers"
    norm = kids_of_them(norm)  # "the kids too, 3 of them, 5 8 and 11": 3 kids of those ages
    norm = aged_brood(norm)  # "my brother + his wife + their 3 (6, 9, 13)": their 3 kids
    norm = owned_counts(norm)  # "12 adults plus the teens (my 3 and my sisters 2)": 5 teens
    norm = sized_household(norm)  # "us 4 (me, hubby, our 2 boys 10 and 12), my cousin ...": the list
    # "2 toddlers - our 2 babies (a 2yo ...)": the same kids; "2 little ones (a 2yo and a newborn)"
    norm = article_ages(restated_kids(norm))
    norm = written_ages(norm, catalog)  # "3 kids 4/7/10", "(2yo, 4yo, 7yo)", "13 going on 14"
    # "3 people cancelled" is no party of 3: the changes are hidden from the guest reader
    norm = plain_every(them_as_kids(relation_among(norm)))  # "one of the 15 is my nephew"
    norm = grandkids_as_kids(norm)  # "chicken for the grandkids": the kids, when they are all
    norm = field_recount(norm)  # "kids (6-12) is 3 now, not 4": "3 kids (6-12) now, not 4"
    norm = times_restated(norm)  # "chicken x2 (2 chicken each)": the bracket says the x2 again
    norm = everyone_each(norm)  # "everyone gets 2 filet each": the "each" said twice
    norm = all_as_people(norm, words)  # "ny strip for all 14, upgrade 4 ..."
    norm = named_groups_summed(norm, words)  # "engineering 12, marketing 8, all adults"
    norm = sheet_total(norm, words)  # "all adults. ...\nsales     9\nops       7\ntotal     16"
    norm = grown_parts_summed(norm)  # "11 guys on the crew plus 2 supervisors, all adults"
    norm = household_brackets(norm)  # "4 households: my parents (2 adults), us (2 adults + ...)"
    norm = eldest_aged(norm)  # "our oldest, who's a freshman at franklin high": "our 14 yr old"
    norm = household_people_lines(norm)  # "- my household: me, ...\n- my brother's household: him, ..."
    norm = family_coming(norm)  # "me, ... . my sister's family is coming too: her, her husband and"
    norm = household_lines(norm, words)  # "headcount by household:\n- us: 2 adults, kids 7 and 4\n..."
    norm = household_sentences(norm)  # "our household is 2 adults ... my sister's family: 2 adults"
    # "adults: me, jason, jason's parents\nkids: mia (10), leo (7)": each item of a labelled line
    norm = labelled_people(norm, catalog.guests.adult_min_age, words)
    norm = household_joins(norm, words)  # "my aunt's family is coming too: 3 adults and 2 kids (12, 9)"
    norm = brought_kids(norm)  # "me and 4 friends, and one of them is bringing her 2 kids (7, 4)"
    norm = spouse_counts(norm)  # "4 of us firefighters + our 4 spouses, our captain and his wife"
    norm = couple_added(norm)  # "22 adults plus my son and his fiancee, engagement party"
    norm = lone_role(norm)  # "12 players (all 8-9), the coach and 5 parents": 6 parents
    # "5 room parents": 5 parents; "13 players (all 14-16), 2 coaches and the team mom": 3 adults
    norm = team_grownups(parents_by_part(counted_parents(norm)))  # "16 dads": 16 parents (q86l)
    norm = sized_lists(norm)  # "us + my brother and his wife (4)": 4 grown-ups
    sums = stated(norm)  # one scan for both readers of sums
    tallies = pasted_tally(norm, words) + stated_sums(norm, sums)  # tallies, sums
    # "18 adults, no sorry 19 adults"; "10 buddies plus him and me so that's 12": 12 people;
    # "their kids want a dinner for mr. alvarez's 85th": grown requesters, no kids
    # "VFW Post 8762 Ladies Auxiliary": the post's number, no 8762 ladies
    hidden = tallies + counts_taken_back(norm) + grown_requesters(norm) + long_named_numbers(norm)
    hidden += department_sums(norm)  # "accounting has 9 plus their manager, ... so 17 adults"
    hidden += bullet_sums(norm, words)  # "- 9 stylists\n- 2 front desk\n- me\nall adults, 12 total"
    hidden += bracketed_sum(norm)  # "10 adults (our 3 grown children, their 3 spouses, the 2 of us)"
    hidden += made_up_counts(norm)  # "the ortegas are 5 (3 adults and kids 4 and 9)": the bracket's
    hidden += listed_sum(norm)  # "pastor mike and his wife, 2 youth pastors ..., so 8 adults"
    hidden += joined_sum(norm)  # "4 staff, all adults. dan's wife is coming too so 5 adults"
    hidden += named_adult_sums(norm)  # "engineering 12 adults, sales 8 adults, so 20 adults total"
    hidden += role_breakdown(norm)  # "- RNs: 12\n- Techs: 4\n...\nAll adults, 20 total."
    hidden += unit_numbers(norm)  # "troop 55 parents dinner, 16 adults": the troop's number
    hidden += hidden_paperwork(norm)  # "Realty Group\n916-555-0199": a phone, no group of 916
    hidden += honorees_named(norm)  # "for my wife and her sister, they're the birthday girls"
    hidden += occasion_for(norm)  # "8 adults ..., anniversary for me and the hubby + our friends"
    hidden += occasion_people(norm)  # "my parents are visiting so ... me, my wife, my parents"
    hidden += abstainer_clauses(norm)  # "2 of the girls are sober so no sake": no kids, no group
    hidden += grown_brackets(norm)  # "me (34), hubby (36), and 8 friends": their ages
    hidden += tables_beside_total(norm)  # "we'll have 3 tables, 30 adults total": how they sit
    hidden += writer_crowd(norm)  # "me and the boys for fight night, 12 of us": the 12
    hidden += college_honoree(norm)  # "welcome home dinner for our college kid ... 12 adults"
    hidden += others_orders(norm, words)  # "my coworker got 2 extra lobster tails when she booked"
    hidden += past_booking(norm, words)  # "we had you out in may for my son's party (about 30 people)"
    hidden += customer_math(norm, catalog) + price_asked_back(norm, catalog)  # "$55 x 12 = $660?"
    # "is the minimum 550 even for 6? 6 adults ...": the minimum named, the 6 once
    hidden += minimum_counts(norm) + minimum_amounts(norm, catalog.minimum.food_total)
    # "2 more parents want to come, add 2 adults": the addition once
    norm = hide(norm, hidden, bare_sums(norm, sums) + reason_first(norm) + math_counts(norm, catalog))
    return norm, retracted
