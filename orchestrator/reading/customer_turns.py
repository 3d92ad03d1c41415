"""The customer's messages of a conversation made ready for reading, each turn's words set beside
the turns around it before any is read on its own: lines of one order sent as separate messages
joined, a correction inside a message split off, the quote's total said back taken out, answers to
the business's questions ("oops 18", "each family is 3 adults") and groups recounted written as
counts, an add-on named by reference ("yes add that") or a swap the business offered ("ok do
the ny strip then") written out."""

from __future__ import annotations

from collections.abc import Sequence

from orchestrator.catalog import Catalog
from orchestrator.reading.burst_counts import burst_followers
from orchestrator.reading.burst_lines import lines_joined
from orchestrator.reading.burst_party import party_joined
from orchestrator.reading.burst_tail import tail_joined
from orchestrator.reading.choice_settled import choices_settled
from orchestrator.reading.comers_confirmed import comers_confirmed
from orchestrator.reading.corrected_lines import corrections_apart
from orchestrator.reading.count_answers import counts_answered
from orchestrator.reading.coverage import catalog_words
from orchestrator.reading.earlier_quote import back_to_count, back_to_quote
from orchestrator.reading.event_kept import one_event_kept
from orchestrator.reading.family_answers import siblings_answered
from orchestrator.reading.friends_ages import friends_ages
from orchestrator.reading.group_sizes import sizes_answered
from orchestrator.reading.grown_answers import grown_answered
from orchestrator.reading.honoree_turns import honoree_turns
from orchestrator.reading.inclusion_turns import inclusion_turns
from orchestrator.reading.later_changes import later_swaps_asked
from orchestrator.reading.named_parts import groups_recounted
from orchestrator.reading.offered_swaps import swaps_taken
from orchestrator.reading.offers import with_offers_named
from orchestrator.reading.old_quote_told import before_our_quotes
from orchestrator.reading.place_again import places_named_again
from orchestrator.reading.quote_as_base import quote_as_base
from orchestrator.reading.quote_booked import quote_booked
from orchestrator.reading.quote_count_denied import quoted_counts_denied
from orchestrator.reading.quote_named import quote_named
from orchestrator.reading.quote_options import option_chosen
from orchestrator.reading.role_turns import roles_named
from orchestrator.reading.taken_back import what_if_taken_back
from orchestrator.reading.team_ages import team_ages
from orchestrator.reading.totals_said_back import totals_said_back
from orchestrator.reading.what_if_kept import what_if_kept
from orchestrator.reading.what_if_share import what_if_shared


def customer_turns(
    said: Sequence[tuple[str, str]], catalog: Catalog
) -> tuple[list[str], frozenset[int]]:
    """The customer's messages of `said` ((role, text) turns, oldest first, the last the one to
    answer) ready for reading, and which of them come right after another customer message."""
    # "12", then "adults" joined; "15 adults ...\n*16 not 15" split, its correction a follow-up
    # "grown ups: me + my wife", then "the birthday girl + 2 friends (all 5)": one list
    # "me n my wife", "her parents", then "and my brother n his wife. chicken ...": one list, the last
    # "go back to the first one but add the sake", "B!!" after two quotes: the quote taken, the
    # turns after it left out; "can we still swap the shrimp to filet later?" the changes question
    # "keep the filet but go back to 12 people": against the latest quote, its count
    # "nvm on the scallops, keep the shrimp": the quote before the what-if again
    # "ok good. add the sake" after a what-if's quote: that quote's order, the sake added to it
    # "looks right, book it 👍 sat the 14th": the latest quote gone with, the date kept beside it
    # "what if only half get lobster and the rest keep salmon" after the lobster what-if's quote
    # "eh the first one was fine, lets do that but add the sake", "the $880 one + sake"
    chosen = what_if_shared(what_if_kept(option_chosen(back_to_count(quote_named(back_to_quote(
        what_if_taken_back(quote_booked(said, catalog), catalog)))))))
    chosen = quote_as_base(chosen, catalog_words(catalog)[0])  # "email me the quote we discussed"
    turns = [(r, later_swaps_asked(t) if r == "customer" else t) for r, t in chosen]
    turns = choices_settled(turns, catalog)  # "chicken and filet... or maybe lobster", "ok filet"
    turns = corrections_apart(tail_joined(party_joined(lines_joined(comers_confirmed(turns)))))
    turns = totals_said_back(turns, catalog)  # "hmm 1010 is more than we wanted"
    turns = before_our_quotes(turns)  # "i got a quote ... that had 3 kids on it but ..."
    turns = quoted_counts_denied(turns)  # "we are 13 adults, not 30" after our quote of 30
    turns = one_event_kept(turns)  # "fri 15 adults ..., sat 25 adults ...", then "just friday"
    turns = counts_answered(turns)  # "oops 18, I counted myself twice" after "18 or 19?": 18
    turns = inclusion_turns(turns)  # "it'll be 2 tables of 10", then "that's incl us and the twins"
    turns = honoree_turns(turns)  # "party for my twins (18)", then "it'll be me, ..., the twins"
    turns = sizes_answered(turns)  # "4 families", then "each family is 3 adults": 12 adults
    turns = team_ages(turns)  # "12 players and 2 coaches", then "all 11 and 12. and 6 parents"
    turns = grown_answered(turns)  # "16 dancers + coaches", then "2 coaches! ... all 14-17" (q86o)
    turns = siblings_answered(turns)  # "16 cubs plus parents and siblings", "10 parents. siblings are 2"
    turns = friends_ages(turns)  # "... and 7 of his friends", then "theyre all 12 too"
    turns = roles_named(turns)  # "9 girls (all 7-8), 2 leaders and 4 moms", "can the moms and leaders"
    turns = swaps_taken(turns, catalog)  # "ok do the ny strip then" after the swap offered
    turns = places_named_again(turns)  # "our house is 95827", ..., "keeping it at our house"
    # "marketing is 10 now not 8. engineering still 12": the groups counted earlier, recounted
    words = catalog_words(catalog)[0]
    return groups_recounted(with_offers_named(turns, catalog), words), burst_followers(turns)
