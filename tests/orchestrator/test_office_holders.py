"""Round q85f: grown-ups of a group named by their office one by one ("plus our coach and me",
"+ our choir director", "the teacher (me) and 6 parent volunteers", "both coaches"), roles told
with a word before them ("9 varsity seniors", "2 band parents", "3 of us room parents"), spouses
joined after a count ("6 coaches + 6 wives"), teachers, a wedding's child by role with an age, and
an office holder who joins with a request restating them ("our coach wants to come too! add 1
adult") (reading/office_holders.py)."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.offline import OfflineResponder
from orchestrator.reading.office_holders import office_holders
from orchestrator.tools import ZipCentroidDistance
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("the team is 12 girls, 10-11 yrs, plus our coach and me. chicken and shrimp 95823", (2, 12, 0)),
        ("15 members (all 13-17) + 3 adult volunteers + our choir director po. chicken and shrimp 95828",
         (19, 0, 0)),
        ("16 youth group members (all 13-16) + 3 adult leaders + our youth pastor. chicken and shrimp 95828",
         (20, 0, 0)),
        ("14 swimmers (all 9-11) + our coach + 5 parents. chicken and shrimp 95630", (6, 14, 0)),
        ("22 students (all 8-9), the teacher, the aide and 5 parent volunteers. chicken and tofu 95822",
         (7, 22, 0)),
        ("It'll be 11 players (all 9 and 10), both coaches, and me. Chicken and shrimp please, 95758",
         (3, 11, 0)),
        ("OUR 9 VARSITY SENIORS (ALL 17 AND 18) + 3 COACHES + 16 PARENTS. CHICKEN AND FILET 95662",
         (28, 0, 0)),
        ("coaching staff dinner: 6 coaches + 6 wives. filet and lobster 95662", (12, 0, 0)),
        ("it'll be 14 teachers plus 3 of us room parents. Filet and chicken please. 95822", (17, 0, 0)),
        ("rehearsal dinner: 18 adults + 2 flower girls (6 and 8) + the ring bearer (4). filet and "
         "chicken. 95630", (18, 2, 1)),
    ],
)  # fmt: skip
def test_office_holders_counted(text: str, band: tuple[int, int, int], catalog: Catalog) -> None:
    read = order(text, catalog)
    assert guests(read) == band
    assert not read.checks


@pytest.mark.parametrize(
    "text",
    [
        "20 adults and the coach. chicken and shrimp 95630",  # among the 20, or one more?
        "12 players (all 9), chicken and shrimp and the coach wants filet. 95630",  # a choice
        "me, my husband and our mom. chicken 95630",  # a relation, no office
    ],
)
def test_no_office_list_is_rewritten(text: str) -> None:
    assert office_holders(text) == text


def test_coaches_of_no_number_stay_asked(catalog: Catalog) -> None:
    assert order("12 players (all 10-11) + coaches + 6 parents. chicken and shrimp 95758", catalog).checks


_TEAM = "cheer squad dinner 📣 me + 11 of my teammates, all 16-17. chicken + shrimp 95661"
_QUOTE = (
    "Quote for 12 adults with 12 chicken, 12 shrimp: guests $660.00. Travel to 95661: no fee. "
    "Total $660.00."
)


@pytest.mark.parametrize(
    ("text", "adults", "checked"),
    [
        ("our coach wants to come too! add 1 adult", 13, False),
        ("our coach and his wife want to come, add 2 adults", 14, False),
        ("our coach wants to come too! add 2 adults", 14, True),  # one coach, two added: asked
    ],
)
def test_a_holder_joining_is_the_addition_once(
    text: str, adults: int, checked: bool, catalog: Catalog
) -> None:
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    history = (Turn(role="customer", text=_TEAM), Turn(role="business", text=_QUOTE))
    read = responder.understand(text, history)
    assert read.adults == adults
    assert bool(read.checks) == checked
