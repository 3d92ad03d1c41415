"""The business's own quote text read back (orchestrator/reading/our_quote.py), on quotes as the
responder writes them in the corpora's conversations: each whole reading asserted."""

from __future__ import annotations

from decimal import Decimal

from orchestrator.reading.our_quote import OurQuote, our_quotes, quoted_total, totals_stated

_CLOSING = (
    "A $100 deposit holds the date (deducted from the bill); gratuity is not included, 20-35% is "
    "customary."
)


def test_a_quote_with_children_and_its_place() -> None:
    text = (
        "Congratulations! Quote for 12 adults, 2 children (6-12) with 14 chicken, 14 NY strip "
        f"steak: guests $720.00. Travel to 95838: no fee. Total $720.00. {_CLOSING}"
    )
    assert our_quotes(text) == [
        OurQuote(
            label="Congratulations!",
            head="12 adults, 2 children (6-12) with 14 chicken, 14 NY strip steak",
            party="12 adults, 2 children (6-12)",
            bands=((12, "adults"), (2, "children (6-12)")),
            portions=((14, "chicken"), (14, "NY strip steak")),
            add_ons=(),
            zip_code="95838",
            travel="no fee",
            total=Decimal("720.00"),
        )
    ]
    assert quoted_total(text) == Decimal("720.00")
    assert totals_stated(text) == 1


def test_a_quote_with_toddlers_upgrades_and_a_thousands_comma() -> None:
    text = (
        "Congratulations! Quote for 35 adults, 4 children (6-12), 1 little one 5 and under (free) "
        "with 39 filet mignon, 39 shrimp: guests $2,045.00, protein upgrades $195.00. Travel to "
        f"95835: no fee. Total $2,240.00. {_CLOSING}"
    )
    assert our_quotes(text) == [
        OurQuote(
            label="Congratulations!",
            head="35 adults, 4 children (6-12), 1 little one 5 and under (free) with 39 filet "
            "mignon, 39 shrimp",
            party="35 adults, 4 children (6-12), 1 little one 5 and under (free)",
            bands=((35, "adults"), (4, "children (6-12)"), (1, "little one 5 and under (free)")),
            portions=((39, "filet mignon"), (39, "shrimp")),
            add_ons=(),
            zip_code="95835",
            travel="no fee",
            total=Decimal("2240.00"),
        )
    ]
    assert quoted_total(text) == Decimal("2240.00")


def test_a_quote_with_two_add_ons() -> None:
    text = (
        "Quote for 14 adults with 14 chicken, 14 NY strip steak: guests $770.00, add-ons $75.00 "
        "(premium sake service, extended performance). Travel to 95630: no fee. Total $845.00. "
        + _CLOSING
    )
    assert our_quotes(text) == [
        OurQuote(
            label="",
            head="14 adults with 14 chicken, 14 NY strip steak",
            party="14 adults",
            bands=((14, "adults"),),
            portions=((14, "chicken"), (14, "NY strip steak")),
            add_ons=("premium sake service", "extended performance"),
            zip_code="95630",
            travel="no fee",
            total=Decimal("845.00"),
        )
    ]


def test_two_options_by_their_labels_with_a_travel_fee() -> None:
    text = (
        "Option A: Quote for 18 adults with 18 chicken, 18 shrimp: guests $990.00. Travel to "
        "95603: 38.3 miles, fee $16.60. Total $1,006.60.\nOption B: Quote for 18 adults with 18 "
        "salmon, 18 NY strip steak: guests $990.00, protein upgrades $90.00. Travel to 95603: 38.3 "
        f"miles, fee $16.60. Total $1,096.60.\n{_CLOSING}"
    )
    option_a = OurQuote(
        label="Option A",
        head="18 adults with 18 chicken, 18 shrimp",
        party="18 adults",
        bands=((18, "adults"),),
        portions=((18, "chicken"), (18, "shrimp")),
        add_ons=(),
        zip_code="95603",
        travel="38.3 miles, fee $16.60",
        total=Decimal("1006.60"),
    )
    option_b = OurQuote(
        label="Option B",
        head="18 adults with 18 salmon, 18 NY strip steak",
        party="18 adults",
        bands=((18, "adults"),),
        portions=((18, "salmon"), (18, "NY strip steak")),
        add_ons=(),
        zip_code="95603",
        travel="38.3 miles, fee $16.60",
        total=Decimal("1096.60"),
    )
    assert our_quotes(text) == [option_a, option_b]
    assert quoted_total(text) is None  # two totals: no one total said back
    assert totals_stated(text) == 2


def test_options_labelled_by_their_words() -> None:
    text = (
        "With the sake service: Quote for 12 adults with 12 chicken, 12 NY strip steak: guests "
        "$660.00, add-ons $25.00 (premium sake service). Travel to 95843: no fee. Total $685.00.\n"
        "Without: Quote for 12 adults with 12 chicken, 12 NY strip steak: guests $660.00. Travel "
        f"to 95843: no fee. Total $660.00.\n{_CLOSING}"
    )
    read = our_quotes(text)
    assert [(q.label, q.add_ons, q.total) for q in read] == [
        ("With the sake service", ("premium sake service",), Decimal("685.00")),
        ("Without", (), Decimal("660.00")),
    ]
    assert read[0].portions == read[1].portions == ((12, "chicken"), (12, "NY strip steak"))


def test_a_total_in_other_words_is_no_quote_of_ours_but_still_a_total() -> None:
    text = (
        "Thanks for reaching out! For 40 adults with chicken and shrimp: Total $2,200.00. A "
        "$100.00 deposit holds your date, deducted from the final bill; gratuity for the chef is "
        "not included."
    )
    assert our_quotes(text) == []
    assert quoted_total(text) == Decimal("2200.00")


def test_a_quote_whose_proteins_have_no_portions() -> None:
    # the party is read, the words after "with" are no portions
    text = "Quote for 12 adults with chicken and shrimp: guests $660.00. Total $660.00."
    assert our_quotes(text) == [
        OurQuote(
            label="",
            head="12 adults with chicken and shrimp",
            party="12 adults",
            bands=((12, "adults"),),
            portions=(),
            add_ons=(),
            zip_code=None,
            travel=None,
            total=Decimal("660.00"),
        )
    ]
