"""Round q85g (set 184's fv027, fv095, fv083, fv035, fv041): a relative's family told by its size
and said to come, its kids counted, joins the quoted party; a swap said of "they" beside people
joining is asked (for them only?); a chef's failure with money asked back is a complaint; a count
said as the plan, then the change that made the count now, is the count now."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.complaints import is_complaint
from orchestrator.reading.family_of_joins import family_of_joins
from orchestrator.reading.joiners_swap import joiners_swap
from orchestrator.reading.plan_changed import plan_changed
from tests.orchestrator.readings import guests, order, portions

_TEN = "10 adults chicken and shrimp 95823"


@pytest.mark.parametrize(("text", "want"), [
    ("my cousin's family of 4 is coming now, 2 kids 8 and 10. same food for them", (12, 2, 0)),
    ("my sisters family of 5 can make it now, 3 kids 6, 9 and 12. same food for them", (12, 3, 0)),
    ("my brother's family of 4 is coming now, kids are 9 and 11", (12, 2, 0)),
])  # fmt: skip
def test_a_family_of_a_size_with_its_kids_joins_the_party(
    catalog: Catalog, text: str, want: tuple[int, int, int]
) -> None:
    o = order(text, catalog, _TEN)
    paying = want[0] + want[1]
    assert guests(o) == want and portions(o) == {"chicken": paying, "shrimp": paying} and o.sure


def test_a_family_of_no_kids_counted_is_asked(catalog: Catalog) -> None:
    assert not order("my cousins family of 4 is coming now. same food", catalog, _TEN).sure
    assert family_of_joins("my cousin's family of 4 is coming now", adults=4, kids=0, total=None) is None
    # the size is not the adults and kids read: not this family's kids
    assert family_of_joins("my cousin's family of 4 is coming now, 3 kids", adults=2, kids=3,
                           total=None) is None  # fmt: skip


def test_a_swap_said_of_the_people_joining_is_asked(catalog: Catalog) -> None:
    text = "ok we're 10 now, my brother and his wife are coming. can they do shrimp instead of filet?"
    assert joiners_swap(text, swapped=True)
    o = order(text, catalog, "me + 7 friends, chicken and filet, 95816")
    assert not o.sure
    # the party's own swap ("can we") and a pronoun with nobody joining are not this question
    assert not joiners_swap("ok we're 10 now, my brother is coming. can we do shrimp instead of "
                            "filet?", swapped=True)  # fmt: skip
    assert not joiners_swap("can they do shrimp instead of filet?", swapped=True)


@pytest.mark.parametrize("text", [
    "hi, we specifically ordered tofu and veggies for my 4 vegetarian guests and ur chef never "
    "brought any tofu, they just ate rice all night 😡 we'd like some of that money back",
    "we paid for filet for everyone and your chef brought chicken instead 😤 nobody told us. we "
    "want the difference back",
])  # fmt: skip
def test_a_failure_with_money_asked_back_is_a_complaint(text: str) -> None:
    assert is_complaint(text.lower())


@pytest.mark.parametrize(("text", "want"), [
    ("it was gonna be 12 adults but my sister and her husband are coming now so 14, chicken and "
     "shrimp 95624", 14),
    ("quote for 20 people, was gonna be 22 but 2 cant make it. chicken n shrimp 95828", 20),
    ("need a quote for 16 ppl, was supposed to be 18 but 2 dropped out. filet n shrimp 95828", 16),
])  # fmt: skip
def test_a_planned_count_and_its_change_are_the_count_now(
    catalog: Catalog, text: str, want: int
) -> None:
    o = order(text, catalog)
    assert guests(o) == (want, 0, 0) and o.sure


@pytest.mark.parametrize("text", [
    "it was gonna be 12 adults but my cousins are coming now so 14, chicken",  # no number
    "it was gonna be 12 adults but my sister and her husband are coming now so 15, chicken",
    "quote for 20 people, was gonna be 22 but 3 cant make it.",  # does not make it
])  # fmt: skip
def test_a_change_that_does_not_make_the_count_is_left_to_the_readers(text: str) -> None:
    assert plan_changed(text) == text


_GIRLS = "girls night 💅 8 of us, salmon and shrimp, 95825"


@pytest.mark.parametrize(("text", "earlier", "want"), [
    # the few who eat no red meat, their swap after "so", for them (fv026)
    ("bday dinner for my bf 10 of us, filet + shrimp, but 2 of the girls dont eat red meat so salmon "
     "instead of filet for them 95816", (), {"filet_mignon": 8, "salmon": 2, "shrimp": 10}),
    # their whole plate after "so", for those 6 (fv036)
    ("Hello, 24 adults. 6 of them don't eat beef so chicken and shrimp for those 6, the other 18 "
     "chicken and ny strip. Zip 95758", (), {"chicken": 24, "shrimp": 6, "ny_strip": 18}),
    # gone vegan: tofu for both their portions, the others' plates kept (fv001, fv010)
    ("one of the girls went vegan lol can she get tofu instead of both? everyone else same",
     (_GIRLS,), {"salmon": 7, "shrimp": 7, "tofu": 2}),
    ("2 of them are vegan so tofu for them. rest stays the same", ("16 adults, filet and shrimp 95630",),
     {"filet_mignon": 14, "shrimp": 14, "tofu": 4}),
])  # fmt: skip
def test_the_few_who_eat_otherwise_have_their_own_plate(
    catalog: Catalog, text: str, earlier: tuple[str, ...], want: dict[str, int]
) -> None:
    o = order(text, catalog, *earlier)
    assert portions(o) == want and o.sure


@pytest.mark.parametrize("text", [
    # the swap leaves them a food of the kind they do not eat (the shrimp)
    "10 of us, filet + shrimp, but 2 of the girls dont eat seafood so salmon instead of filet for "
    "them 95816",
    # the plate holds what the reason rules out
    "Hello, 24 adults. 6 of them don't eat beef so chicken and ny strip for those 6, the other 18 "
    "chicken and shrimp. Zip 95758",
])  # fmt: skip
def test_a_reason_the_plate_does_not_follow_is_asked(catalog: Catalog, text: str) -> None:
    assert not order(text, catalog).sure


def test_the_meatless_plate_needs_the_others_a_whole_plate(catalog: Catalog) -> None:
    # tofu in the order before: the others keep theirs, the vegans have two each (round q85n; it
    # read chicken 16 and tofu 4, 20 portions for 16 guests, with no flag)
    o = order("2 of them are vegan so tofu for them. rest stays the same", catalog,
              "16 adults, chicken and tofu 95630")  # fmt: skip
    assert portions(o) == {"chicken": 14, "tofu": 18}
