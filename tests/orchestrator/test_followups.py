"""Follow-ups that change the guest count of the order they correct (reading/followups.py,
reading/recount.py): guests coming or dropping out, a bare corrected count, kids among the earlier
count, the counts a correction replaces. Each is applied when it fits the order, and asked when
it does not (a band not said, counts that do not add up, a dropout larger than the group)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract, to_order
from orchestrator.offline import OfflineResponder
from orchestrator.service import Turn
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import guests, order, portions
from vocabulary.messages import Channel

ADULTS_ONLY = "16 adults, chicken and ny strip, 95630"
WITH_KIDS = "16 adults and 3 kids (7, 9, 11), chicken and ny strip, 95630"
MIXED_KIDS = "16 adults and 2 kids (3 and 9), chicken and ny strip, 95630"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 more said yes!", (20, 0, 0)),
        ("two more are coming", (18, 0, 0)),
        ("3 people backed out", (13, 0, 0)),
        ("2 of them can't make it after all", (14, 0, 0)),
        ("we lost 5 guests", (11, 0, 0)),
        ("make that 19", (19, 0, 0)),
        ("oops, 14", (14, 0, 0)),
        ("3 more coming, so 19", (19, 0, 0)),
        ("actually 21 adults, 5 more confirmed", (21, 0, 0)),
        ("4 people cancelled and 1 more is coming", (13, 0, 0)),
        ("can you add another 2 people", (18, 0, 0)),
        ("3 less guests", (13, 0, 0)),
        ("minus 2, they can't make it", (14, 0, 0)),
        ("we're up to 19", (19, 0, 0)),
        ("headcount is now 15", (15, 0, 0)),
        ("2 of my guests can't make it", (14, 0, 0)),
    ],
)
def test_count_changes_apply_to_an_order_of_adults(
    catalog: Catalog, text: str, expected: tuple[int, int, int]
) -> None:
    corrected = order(text, catalog, ADULTS_ONLY)
    assert guests(corrected) == expected and corrected.checks == ()
    assert {line.portions for line in corrected.proteins} == {expected[0]}


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("2 people can't come", WITH_KIDS),  # adults or kids?
        ("make that 20", WITH_KIDS),  # adults, or all the guests?
        ("3 more coming, so 20", ADULTS_ONLY),  # 16 + 3 is 19
        ("actually 18 adults, 3 more said yes", ADULTS_ONLY),  # 16 + 3 is 19
        ("1 of the kids can't make it", MIXED_KIDS),  # the free one or the paying one?
        ("4 of the kids cancelled", WITH_KIDS),  # only 3 kids
        ("maybe 2 more people", ADULTS_ONLY),
        ("2 more might come", ADULTS_ONLY),
        ("4 of the 18 are kids, ages 7 to 10", ADULTS_ONLY),  # the order has 16
        ("4 of them are kids", ADULTS_ONLY),  # ages not given
        ("3 of them are kids, 8, 9 and 10", WITH_KIDS),  # kids already: in addition?
        ("make that 12", "12 adults, chicken and 10 lobster tails, 95630"),  # guests or lobster?
        ("2 of them are kids (7 and 9), and 3 more said yes", ADULTS_ONLY),  # two changes at once
        ("it's gonna be 20 of us now", WITH_KIDS),  # adults, or all the guests?
        ("plus a baby too", WITH_KIDS),  # "plus", "too" beside the kids counted: the rules ask
        ("we're now 22 people", WITH_KIDS),  # 22 adults, or 22 with the kids?
    ],
)
def test_count_changes_that_do_not_fit_the_order_ask(catalog: Catalog, text: str, earlier: str) -> None:
    assert not order(text, catalog, earlier).sure


def test_a_kid_dropping_out_leaves_their_band(catalog: Catalog) -> None:
    corrected = order("one of the kids can't come anymore", catalog, WITH_KIDS)
    assert guests(corrected) == (16, 2, 0) and corrected.checks == ()


def test_kids_among_the_earlier_count_leave_the_adults(catalog: Catalog) -> None:
    corrected = order("sorry, 3 of those 16 are my kids: they're 4, 9 and 14", catalog, ADULTS_ONLY)
    assert guests(corrected) == (14, 1, 1) and corrected.checks == ()
    assert {line.portions for line in corrected.proteins} == {15}


def test_kids_ages_after_a_pronoun(catalog: Catalog) -> None:
    corrected = order("and 3 kids as well, they're 2, 6 and 12", catalog, ADULTS_ONLY)
    assert guests(corrected) == (16, 2, 1) and corrected.checks == ()
    one = order("1 more kid coming, he's 8", catalog, WITH_KIDS)
    assert guests(one) == (16, 4, 0) and one.checks == ()


def test_counts_a_correction_replaces_must_be_the_order_s(catalog: Catalog) -> None:
    right = order("the count is 18 adults and 3 kids (7, 9, 11), not 16 and 3", catalog, WITH_KIDS)
    assert guests(right) == (18, 3, 0) and right.checks == ()
    wrong = order("the count is 18 adults and 3 kids (7, 9, 11), not 15 and 3", catalog, WITH_KIDS)
    assert not wrong.sure


def test_on_its_own_a_change_is_no_party(catalog: Catalog) -> None:
    """Without an order to change, "3 people cancelled" is no party of 3, and the draft asks."""
    alone = extract("3 people cancelled on us", catalog)
    assert alone.adults is None and alone.changes == ((-3, None),)
    assert "cancellation" not in alone.topics
    assert not to_order(alone, catalog).sure
    first = order("20 adults, 3 more said yes, chicken and shrimp 95630", catalog)
    assert not first.sure  # 20 in all, or 23?


def test_kids_among_a_count_in_the_same_message_are_read_as_before(catalog: Catalog) -> None:
    read = order("20 people, 5 of them are kids (ages 7-10), chicken and shrimp, 95630", catalog)
    assert guests(read) == (15, 5, 0) and read.checks == ()


def test_a_zip_given_later_settles_a_mistyped_one(catalog: Catalog) -> None:
    typo = order("10 adults, chicken and shrimp, zip 9583", catalog)
    assert not typo.sure or typo.zip_code is None
    fixed = order("sorry it's 95835", catalog, "10 adults, chicken and shrimp, zip 9583")
    assert fixed.zip_code == "95835" and fixed.checks == ()


def test_a_protein_for_everyone_on_top_is_one_extra_each(catalog: Catalog) -> None:
    more = order("and scallops for everybody on top of that", catalog, ADULTS_ONLY)
    assert {line.protein: line.portions for line in more.proteins} == {
        "chicken": 16, "ny_strip": 16, "scallops": 16
    } and more.checks == ()  # fmt: skip
    also = order("and scallops for everybody too", catalog, ADULTS_ONLY)
    assert not also.sure  # a third portion each, or instead of one?


def test_a_follow_up_not_read_goes_to_a_person_not_an_invite(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    """ "Hi again" opens many follow-ups: when the rest is not understood, the draft is for a
    person, never the greeting's invite to send guests and proteins already sent."""
    responder = OfflineResponder(catalog=catalog, distance=distance)
    earlier = (Turn(role="customer", text="12 adults, chicken and shrimp, 95630"),
               Turn(role="business", text="For 12 adults with chicken and shrimp: Total $660.00."))  # fmt: skip
    draft = responder.respond(channel=Channel.EMAIL, text="Hi again, the kids are coming as well.",
                              history=earlier)  # fmt: skip
    assert draft.needs_human and draft.flags == ("unhandled",) and draft.quote is None
    hello = responder.respond(channel=Channel.EMAIL, text="Hi again!", history=earlier)
    assert not hello.needs_human  # nothing left unread: a greeting


def test_kids_named_then_counted_with_ages(catalog: Catalog) -> None:
    corrected = order("our cousins' kids are coming too, 2 more, they're 4 and 11", catalog, WITH_KIDS)
    assert guests(corrected) == (16, 4, 1) and corrected.checks == ()
    little = order("plus one more little one, she's 1", catalog, ADULTS_ONLY)
    assert guests(little) == (16, 0, 1) and little.checks == ()


def test_one_guest_written_as_a_word_is_counted_in_every_reader(catalog: Catalog) -> None:
    """ "a kid" is one kid for the protein reader too: "chicken and shrimp" after it is for
    everyone, not for the one kid."""
    read = order("10 adults and a kid (age 8), chicken and shrimp 95630", catalog)
    assert guests(read) == (10, 1, 0) and read.checks == ()
    assert portions(read) == {"chicken": 11, "shrimp": 11}
    party = order("10 adults, chicken and shrimp, it's for a kid's birthday, 95630", catalog)
    assert guests(party)[1:] == (0, 0)


def test_a_baby_named_leaves_the_kids_6_to_12(catalog: Catalog) -> None:
    corrected = order("oh and a baby", catalog, WITH_KIDS)
    assert guests(corrected) == (16, 3, 1) and corrected.checks == ()


def test_proteins_added_beside_two_for_everyone_ask(catalog: Catalog) -> None:
    """ "add 4 lobster tails" to chicken and shrimp for everyone: 4 extra portions, or lobster
    instead of 4 shrimp? The order cannot tell (it priced 4 shrimp as lobster before)."""
    assert not order("can we add 4 lobster tails", catalog, ADULTS_ONLY).sure
    extra = order("can we add 4 extra lobster tails", catalog, ADULTS_ONLY)
    assert portions(extra) == {"chicken": 16, "ny_strip": 16, "lobster_tail": 4} and extra.sure


def test_a_replacing_message_keeps_what_it_says_stays(catalog: Catalog) -> None:
    stays = order("just chicken then, shrimp stays", catalog, "12 adults, chicken and shrimp, 95630")
    assert portions(stays) == {"chicken": 12, "shrimp": 12} and stays.sure


def test_a_shower_is_no_show_and_a_baby_shower_no_baby(catalog: Catalog) -> None:
    read = order("hosting a baby shower! 20 adults, chicken and shrimp, 95630", catalog)
    assert guests(read) == (20, 0, 0) and read.add_ons == () and read.checks == ()


def test_kids_counted_with_more_are_no_group_of_their_own(catalog: Catalog) -> None:
    """ "15 adults and 2 more kids (9, 10), filet and shrimp": the proteins are everyone's (the
    kids alone got them before, 2 filet portions instead of 17)."""
    read = order("15 adults and 2 more kids (9, 10), filet and shrimp 95630", catalog)
    assert portions(read) == {"filet_mignon": 17, "shrimp": 17} and read.sure


def test_portions_counted_for_the_old_count_ask_when_the_count_changes(catalog: Catalog) -> None:
    """ "12 lobster and 12 filet" for 12, then 2 drop out: priced as said, 4 portions would be
    extras nobody asked for; the draft asks instead. "Same proteins" keeps the counts."""
    earlier = "12 adults, 12 lobster and 12 filet, 95630"
    assert not order("2 people dropped out", catalog, earlier).sure
    assert not order("3 more said yes", catalog, earlier).sure
    same = order("make it 14 adults, same proteins", catalog, earlier)
    assert same.sure and portions(same) == {"lobster_tail": 12, "filet_mignon": 12}
    each = order("2 more said yes", catalog, "12 adults, 2 lobster tails each, 95630")
    assert each.sure and portions(each) == {"lobster_tail": 28}


def test_ages_alone_answer_how_old_the_kids_are(catalog: Catalog) -> None:
    earlier = "16 adults and 3 kids, chicken and ny strip, 95630"
    told = order("3, 9 and 13", catalog, earlier)
    assert guests(told) == (17, 1, 1) and told.checks == ()
    assert not order("3, 9, 10 and 13", catalog, earlier).sure  # 4 ages for 3 kids
    assert not order("7 and 9", catalog).sure  # ages with no order: whose?
