"""Round q84i: numbers that are no part of the order in a long conversation. The markers of a
numbered list of questions ("1) Do you bring the grill?"), "one" as the thing got ("do we need
one?"), a kid's age said again ("shes only 4"), who the kids are between their count and their
ages ("3 kids are coming too, my nieces and nephew, they're 11, 8 and 4") and "could everyone
have 3 proteins?" (a third protein each, on top)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.extraction import extract, normalize
from orchestrator.offline import OfflineResponder
from orchestrator.reading.question_lists import question_list_spans
from orchestrator.service import Turn
from orchestrator.tools import ZipCentroidDistance
from vocabulary.messages import Channel


def _respond(catalog: Catalog, text: str, *history: str, channel: Channel = Channel.SMS):
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    turns = tuple(Turn(role="customer" if i % 2 == 0 else "business", text=t)
                  for i, t in enumerate(history))  # fmt: skip
    return responder.respond(channel=channel, text=text, history=turns)


def _portions(draft) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {p.name: p.portions for p in draft.order.proteins}


_QUESTIONS = (
    "Hello!\n\nA few questions first:\n1) Do you bring the grill and propane?\n2) Is gratuity "
    "included?\n3) How long does the chef stay?\n\nFor the order: 26 adults and 4 kids (ages 5, "
    "7, 9 and 12), NY strip and salmon for everyone. We're at 4410 Oak Hollow Ln, Sacramento 95819."
)


def test_a_numbered_list_of_questions_numbers_nothing(catalog: Catalog) -> None:
    read = extract(_QUESTIONS, catalog)
    assert (read.adults, read.children, read.toddlers) == (26, 3, 1)
    assert not any("did not place" in why for _, why in read.checks)


@pytest.mark.parametrize(
    "text",
    [
        # a list of options, or of what-ifs: its numbers stay for the safety net
        "options for 10 adults, 95864:\n1) chicken + shrimp\n2) filet + lobster\nwhich one?",
        "2 questions\n1) what if lobster instead of scallops?\n2) what if we add the show?",
        # one item alone, or a list not opening at 1, is no list
        "quick one:\n1) do you bring plates?\n\n14 adults chicken and shrimp 95826",
        "3) do you bring plates?\n4) is tip included?\n14 adults chicken and shrimp 95826",
    ],
)
def test_options_and_what_ifs_keep_their_numbers(text: str) -> None:
    assert question_list_spans(normalize(text)) == []


@pytest.mark.parametrize(
    ("said", "pronoun"),
    [
        ("do you guys bring the grill or do we need one?", True),
        ("is there a grill there or should we get one", True),
        ("we dont have a table, should we rent one?", True),
        ("we need one more adult", False),
        ("we need one or two", False),
    ],
)
def test_one_as_the_thing_got_is_no_count(said: str, pronoun: bool) -> None:
    assert ("1" not in normalize(said)) is pronoun


def test_a_question_about_the_grill_two_turns_back_leaves_the_swap_exact(catalog: Catalog) -> None:
    draft = _respond(
        catalog, "perfect. 4 of us want lobster instead of shrimp",
        "20 adults filet and shrimp 95630",
        "20 adults, 20 filet mignon, 20 shrimp: $1,200.00 total, no travel fee.",
        "do you guys bring the grill or do we need one?",
        "We bring everything: the grill, propane and all the cooking gear.",
    )  # fmt: skip
    assert draft.flags == ()
    assert _portions(draft) == {"filet mignon": 20, "shrimp": 16, "lobster tail": 4}


def test_a_kids_age_said_again_is_the_same_kid(catalog: Catalog) -> None:
    draft = _respond(
        catalog, "you counted my 4 year old as kids price, shes free right? shes only 4",
        "12 adults + 2 kids (9 and 4), chicken and filet, 95610",
        "Quote for 12 adults, 2 children (6-12) with 14 chicken, 14 filet mignon: guests $720.00, "
        "protein upgrades $70.00. Travel to 95610: no fee. Total $790.00.",
    )  # fmt: skip
    assert draft.flags == ()
    assert draft.order is not None
    assert (draft.order.adults, draft.order.children, draft.order.toddlers) == (12, 1, 1)


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("oh and 3 kids are coming too, my nieces and nephew, they're 11, 8 and 4. same food", (2, 1)),
        ("also 2 kids are coming, my grandsons, they're 9 and 5. same food", (1, 1)),
        ("oh and 2 more kids, our nephews, ages 10 and 12", (2, 0)),
    ],
)
def test_who_the_kids_are_between_their_count_and_ages(
    text: str, bands: tuple[int, int], catalog: Catalog
) -> None:
    read = extract(text, catalog)
    assert (read.children, read.toddlers) == bands
    assert read.checks == ()


def test_kids_labelled_with_fewer_ages_than_their_count_are_asked(catalog: Catalog) -> None:
    read = extract("3 kids are coming too, my nieces, they're 9 and 6", catalog)
    assert any("3 kids but 2 ages" in why for _, why in read.checks)


@pytest.mark.parametrize(
    "text",
    [
        "could everyone have 3 proteins? add shrimp as the third",
        "can we all have 3 proteins? add shrimp",
    ],
)
def test_a_third_protein_each_asked_for_is_on_top(text: str, catalog: Catalog) -> None:
    draft = _respond(
        catalog, text, "10 adults, filet and chicken, 95630",
        "Quote for 10 adults with 10 filet mignon, 10 chicken: guests $550.00, protein upgrades "
        "$50.00. Travel to 95630: no fee. Total $600.00.",
    )  # fmt: skip
    assert draft.flags == ()
    assert _portions(draft) == {"filet mignon": 10, "chicken": 10, "shrimp": 10}


def test_a_protein_added_with_no_count_each_is_still_asked(catalog: Catalog) -> None:
    draft = _respond(
        catalog, "add shrimp too", "10 adults filet and chicken 95630",
        "10 adults, 10 filet mignon, 10 chicken: $600.00 total, no travel fee.",
    )  # fmt: skip
    assert any("extra portions, or instead of one?" in flag for flag in draft.flags)


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("you counted my 4 year old as kids price, shes free right? shes only 4", True),
        ("you charged for my 5 year old, hes free isnt he? hes just 5", True),
        ("you counted my 3 year old, she should be free. she just turned 3", True),
        # another number than the kid's age named is no repeat
        ("you counted my 4 year old as kids price, shes free right? shes only 3", False),
    ],
)
def test_a_kids_age_said_again_by_a_pronoun_is_placed(text: str, placed: bool, catalog: Catalog) -> None:
    reasons = [why for _, why in extract(text, catalog).checks]
    assert (not any("did not place" in why for why in reasons)) is placed


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("17 adults, ny strip and shrimp, 95819. can we start at 6 instead of 5?", False),
        ("17 adults, ny strip and shrimp, 95819. can the chef come by 4pm not 5pm?", False),
        # a guest word after the number replaced: a count, asked
        ("17 adults, ny strip and shrimp, 95819. can we do it at 6 instead of 5 people", True),
    ],
)
def test_a_time_changed_for_another_is_no_count(text: str, asked: bool, catalog: Catalog) -> None:
    read = extract(text, catalog)
    assert bool(read.checks) is asked
    assert read.adults == 17
