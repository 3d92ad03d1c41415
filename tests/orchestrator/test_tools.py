"""The pricing tools: all five worked examples of pricing.md, exactly, and the edge cases."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from orchestrator.catalog import Catalog
from orchestrator.tools import (
    PartyQuoteArgs,
    ProteinCostsArgs,
    ProteinPortions,
    TravelFeeArgs,
    ZipCentroidDistance,
    calculate_party_quote,
    calculate_protein_costs,
    calculate_travel_fee,
    run_tool,
    tool_schemas,
)
from orchestrator.tools.travel import Distance

P = ProteinPortions

# inquiry arguments, then pricing.md's row: base, upgrades, extra, add-ons, minimum, fee, miles, total
WORKED = [
    (
        dict(adults=10, proteins=[P(protein="filet mignon", portions=10)], zip_code="95630"),
        ("550.00", "50.00", "0.00", "0.00", False, "0.00", "23.2", "600.00"),
    ),
    (
        dict(
            adults=8,
            proteins=[P(protein="chicken", portions=8), P(protein="shrimp", portions=8)],
            zip_code="95814",
        ),
        ("440.00", "0.00", "0.00", "0.00", True, "0.00", "0.0", "550.00"),
    ),
    (
        dict(
            adults=12,
            children=4,
            toddlers=2,
            proteins=[P(protein="lobster tails", portions=16)],
            zip_code="95616",
        ),
        ("780.00", "240.00", "0.00", "0.00", False, "0.00", "16.3", "1020.00"),
    ),
    (
        dict(
            adults=10,
            proteins=[
                P(protein="lobster", portions=10),
                P(protein="chicken", portions=12),
                P(protein="shrimp", portions=10),
            ],
            zip_code="95814",
        ),
        ("550.00", "150.00", "120.00", "0.00", False, "0.00", "0.0", "820.00"),
    ),
    (
        dict(adults=15, add_ons=["premium sake service"], zip_code="94102"),
        ("825.00", "0.00", "0.00", "25.00", False, "119.20", "89.6", "969.20"),
    ),
]


@pytest.mark.parametrize(("args", "row"), WORKED, ids=["folsom", "minimum", "davis", "extra", "sf"])
def test_worked_examples(
    catalog: Catalog, distance: ZipCentroidDistance, args: dict[str, Any], row: tuple[Any, ...]
) -> None:
    q = calculate_party_quote(catalog, distance, PartyQuoteArgs(**args))
    base, upgrades, extra, add_ons, minimum, fee, miles, total = row
    assert q.base_cost == Decimal(base)
    assert q.upgrade_cost == Decimal(upgrades)
    assert q.extra_portion_cost == Decimal(extra)
    assert q.add_on_cost == Decimal(add_ons)
    assert q.minimum_applied is minimum
    assert q.travel.status == "calculated"
    assert q.travel.fee == Decimal(fee)
    assert q.travel.miles == Decimal(miles)
    assert q.total == Decimal(total)
    assert q.total_includes_travel is True
    assert q.deposit == Decimal("100.00")
    assert q.gratuity.low == (Decimal(total) * Decimal("0.20")).quantize(Decimal("0.01"))
    assert q.gratuity.high == (Decimal(total) * Decimal("0.35")).quantize(Decimal("0.01"))
    assert q.sales_tax_charged is False


def test_quote_output_fields_for_the_davis_example(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    result = run_tool(
        "calculate_party_quote",
        json.dumps(
            {
                "adults": 12,
                "children": 4,
                "toddlers": 2,
                "proteins": [{"protein": "lobster", "portions": 16}],
                "zip_code": "95616",
            }
        ),
        catalog=catalog,
        distance=distance,
    )
    assert result.ok and result.result is not None
    q = result.result
    assert [(g["category"], g["count"], g["unit_price"], g["amount"]) for g in q["guest_lines"]] == [
        ("adult", 12, "55.00", "660.00"),
        ("child", 4, "30.00", "120.00"),
        ("toddler", 2, "0.00", "0.00"),
    ]
    assert q["paying_guests"] == 16
    assert q["proteins"]["included_portions"] == 32  # toddlers are not counted for proteins
    assert q["proteins"]["lines"] == [
        {
            "protein": "lobster_tail",
            "name": "lobster tail",
            "portions": 16,
            "upgrade_each": "15.00",
            "upgrade_cost": "240.00",
        }
    ]
    assert (q["food_subtotal"], q["food_total"], q["minimum_adjustment"]) == (
        "1020.00",
        "1020.00",
        "0.00",
    )
    assert q["travel"] == {
        "status": "calculated",
        "zip_code": "95616",
        "place": "Davis, CA",
        "base_zip": "95814",
        "miles": "16.3",
        "free_miles": "30",
        "per_mile": "2.00",
        "billable_miles": "0.0",
        "fee": "0.00",
        "note": "16.3 miles, within the free 30 miles",
    }
    assert q["gratuity"] == {
        "included": False,
        "low_percent": "20",
        "high_percent": "35",
        "low": "204.00",
        "high": "357.00",
    }
    assert (q["total"], q["deposit"], q["balance_after_deposit"]) == ("1020.00", "100.00", "920.00")


def test_minimum_applies_below_550(catalog: Catalog, distance: ZipCentroidDistance) -> None:
    q = calculate_party_quote(catalog, distance, PartyQuoteArgs(adults=3, children=2, zip_code="95814"))
    assert (q.base_cost, q.food_subtotal, q.minimum_adjustment, q.food_total, q.total) == (
        Decimal("225.00"),
        Decimal("225.00"),
        Decimal("325.00"),
        Decimal("550.00"),
        Decimal("550.00"),
    )
    assert q.minimum_applied is True
    exactly = calculate_party_quote(catalog, distance, PartyQuoteArgs(adults=10, zip_code="95814"))
    assert exactly.minimum_applied is False and exactly.total == Decimal("550.00")


def test_extra_premium_portion_pays_both_extra_and_upgrade(catalog: Catalog) -> None:
    costs = calculate_protein_costs(
        catalog,
        ProteinCostsArgs(
            paying_guests=2, proteins=[P(protein="filet", portions=3), P(protein="veggies", portions=2)]
        ),
    )
    assert (costs.included_portions, costs.requested_portions, costs.extra_portions) == (4, 5, 1)
    assert costs.extra_portion_cost == Decimal("10.00")
    assert costs.upgrade_cost == Decimal("15.00")  # every filet portion, the extra one too
    assert [line.protein for line in costs.lines] == ["filet_mignon", "vegetables"]


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("filet", "filet_mignon"),
        ("Filet Mignon", "filet_mignon"),
        ("mignon", "filet_mignon"),
        ("lobster", "lobster_tail"),
        ("ny strip", "ny_strip"),
        ("strip", "ny_strip"),
        ("sirloin", "ny_strip"),
        ("veggie", "vegetables"),
        ("veggies", "vegetables"),
    ],
)
def test_aliases(catalog: Catalog, alias: str, key: str) -> None:
    costs = calculate_protein_costs(
        catalog, ProteinCostsArgs(paying_guests=1, proteins=[P(protein=alias, portions=1)])
    )
    assert costs.lines[0].protein == key and costs.assumptions == []


def test_steak_alone_is_priced_as_ny_strip_and_says_so(catalog: Catalog) -> None:
    costs = calculate_protein_costs(
        catalog, ProteinCostsArgs(paying_guests=4, proteins=[P(protein="steak", portions=4)])
    )
    assert costs.lines[0].protein == "ny_strip" and costs.upgrade_cost == Decimal("0.00")
    assert costs.assumptions == [
        "'steak' is ambiguous: priced as NY strip steak (included); "
        "filet mignon is +$5.00 per portion. Please confirm."
    ]


def test_travel_fee_beyond_free_miles_and_unknown_zip(
    catalog: Catalog, distance: ZipCentroidDistance
) -> None:
    auburn = calculate_travel_fee(catalog, distance, TravelFeeArgs(zip_code="95603"))
    assert (auburn.miles, auburn.billable_miles, auburn.fee) == (
        Decimal("38.3"),
        Decimal("8.3"),
        Decimal("16.60"),
    )
    unknown = calculate_travel_fee(catalog, distance, TravelFeeArgs(zip_code="99999"))
    assert (unknown.status, unknown.miles, unknown.fee) == ("to_be_confirmed", None, None)
    q = calculate_party_quote(catalog, distance, PartyQuoteArgs(adults=12))
    assert q.travel.status == "to_be_confirmed" and q.travel.fee is None
    assert q.total == Decimal("660.00") and q.total_includes_travel is False
    assert "travel fee, which is to be confirmed" in q.assumptions[-1]


class FixedRoute:
    """A routing service stand-in: the protocol lets it replace the ZIP-centroid estimate."""

    def road_miles(self, *, origin_zip: str, destination_zip: str) -> Distance | None:
        return (
            Distance(miles=Decimal("45.5"), place="Somewhere, CA")
            if destination_zip == "95000"
            else None
        )


def test_a_routing_service_can_replace_the_estimate(catalog: Catalog) -> None:
    fee = calculate_travel_fee(catalog, FixedRoute(), TravelFeeArgs(zip_code="95000"))
    assert (fee.miles, fee.fee, fee.place) == (Decimal("45.5"), Decimal("31.00"), "Somewhere, CA")


@pytest.mark.parametrize(
    ("name", "arguments", "kind", "message"),
    [
        (
            "calculate_party_quote",
            '{"adults": -1}',
            "invalid_arguments",
            "adults: Input should be greater than or equal to 0",
        ),
        (
            "calculate_party_quote",
            '{"adults": 501}',
            "invalid_arguments",
            "501 guests is more than the 500 we can quote",
        ),
        ("calculate_party_quote", '{"adults": 400, "children": 101}', "invalid_arguments", "501 guests"),
        (
            "calculate_party_quote",
            '{"adults": 0, "toddlers": 3}',
            "invalid_arguments",
            "at least one adult or child",
        ),
        (
            "calculate_party_quote",
            '{"adults": 5, "proteins": [{"protein": "wagyu", "portions": 5}]}',
            "invalid_arguments",
            "unknown protein 'wagyu'",
        ),
        (
            "calculate_party_quote",
            '{"adults": 5, "proteins": [{"protein": "chicken", "portions": 99999}]}',
            "invalid_arguments",
            "99999 portions is more than",
        ),
        (
            "calculate_party_quote",
            '{"adults": 5, "add_ons": ["fireworks"]}',
            "invalid_arguments",
            "unknown add-on",
        ),
        (
            "calculate_party_quote",
            '{"adults": 5, "zip_code": "Folsom"}',
            "invalid_arguments",
            "zip_code",
        ),
        (
            "calculate_party_quote",
            '{"adults": 5, "discount": 50}',
            "invalid_arguments",
            "discount: Extra inputs",
        ),
        ("calculate_party_quote", '{"adults": 10', "bad_json", "not valid JSON"),
        ("calculate_party_quote", "[10]", "bad_json", "must be a JSON object"),
        ("calculate_travel_fee", '{"zip_code": "1234"}', "invalid_arguments", "zip_code"),
        ("book_the_chef", "{}", "unknown_tool", "unknown tool 'book_the_chef'"),
    ],
)
def test_run_tool_returns_errors_not_exceptions(
    catalog: Catalog, distance: ZipCentroidDistance, name: str, arguments: str, kind: str, message: str
) -> None:
    result = run_tool(name, arguments, catalog=catalog, distance=distance)
    assert (result.ok, result.result, result.error_kind) == (False, None, kind)
    assert result.error is not None and message in result.error
    assert json.loads(result.content()) == {"error": result.error}


def test_add_on_named_twice_is_charged_once(catalog: Catalog, distance: ZipCentroidDistance) -> None:
    q = calculate_party_quote(
        catalog, distance, PartyQuoteArgs(adults=12, add_ons=["sake", "premium sake service"])
    )
    assert q.add_on_cost == Decimal("25.00") and len(q.add_ons) == 1


def test_schemas_are_openai_tools_generated_from_the_argument_models(catalog: Catalog) -> None:
    schemas = tool_schemas(catalog)
    assert [s["function"]["name"] for s in schemas] == [
        "calculate_party_quote",
        "calculate_travel_fee",
        "calculate_protein_costs",
        "check_availability",
    ]
    quote = schemas[0]
    assert quote["type"] == "function"
    params = quote["function"]["parameters"]
    assert params["required"] == ["adults"] and params["additionalProperties"] is False
    assert params["properties"]["proteins"]["items"]["required"] == [
        "protein",
        "portions",
    ]  # $ref inlined
    assert "$defs" not in json.dumps(params)
    assert "lobster tail" in quote["function"]["description"]
    expected = PartyQuoteArgs.model_json_schema()
    assert set(params["properties"]) == set(expected["properties"])
