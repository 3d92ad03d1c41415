"""Round q84f: a message telling our latest quote it banded a kid wrong by the kid's age alone
(reading/quote_misread_ages.py) bands the age by the catalog's limits (reading/age_bands.py), not
by limits of its own: the order the earlier messages state stands."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.drafts import Turn
from orchestrator.offline import OfflineResponder
from orchestrator.reading.inquiry import Inquiry
from orchestrator.tools import ZipCentroidDistance

_FIRST = "10 adults and 3 kids (9, 6, 4) chicken and shrimp 95826"
_ALL_KIDS = (
    "Quote for 10 adults, 3 children (6-12) with 13 chicken, 13 shrimp: guests $640.00. Travel to "
    "95826: no fee. Total $640.00."
)
_ONE_FREE = (
    "Quote for 10 adults, 2 children (6-12), 1 child 5 and under (free) with 13 chicken, 13 "
    "shrimp: guests $600.00. Travel to 95826: no fee. Total $600.00."
)


@pytest.fixture(scope="module")
def under_four_free(catalog: Catalog) -> Catalog:
    """The bundled catalog with 3 and under free and kids' prices from 4."""
    guests = catalog.guests.model_copy(update={"toddler_max_age": 3, "child_min_age": 4})
    return catalog.model_copy(update={"guests": guests})


def _understood(catalog: Catalog, text: str, quote: str) -> Inquiry:
    responder = OfflineResponder(catalog=catalog, distance=ZipCentroidDistance.from_catalog(catalog))
    history = (Turn(role="customer", text=_FIRST), Turn(role="business", text=quote))
    return responder.understand(text, history)


def test_a_free_age_priced_as_a_kid_keeps_the_order(catalog: Catalog) -> None:
    read = _understood(catalog, "wait the 4 yr old eats free right?? u have her at kids price", _ALL_KIDS)
    assert (read.adults, read.children, read.toddlers, read.checks) == (10, 2, 1, ())


def test_the_catalogs_limits_band_the_age(under_four_free: Catalog) -> None:
    # 4 is a kid's price in this catalog: the quote that made her free banded her wrong
    text = "hey u have her as free but my daughter is 4, so shes kids price right?"
    read = _understood(under_four_free, text, _ONE_FREE)
    assert (read.adults, read.children, read.toddlers, read.checks) == (10, 3, 0, ())


def test_the_bundled_limits_leave_that_message_asked(catalog: Catalog) -> None:
    # 4 eats free here: the quote banded her right, so the message is read as it says (asked)
    text = "hey u have her as free but my daughter is 4, so shes kids price right?"
    assert _understood(catalog, text, _ONE_FREE).checks
