"""Loading and validating the owner-editable catalog."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orchestrator.catalog import CatalogError, load_catalog
from tests.orchestrator.conftest import BUNDLED


def test_bundled_catalog_holds_the_published_prices() -> None:
    c = load_catalog(BUNDLED)
    assert (c.guests.adult_price, c.guests.child_price, c.guests.extra_portion_price) == (
        Decimal("55.00"),
        Decimal("30.00"),
        Decimal("10.00"),
    )
    assert {p.key: p.upgrade for p in c.proteins if p.premium} == {
        "salmon": Decimal("5.00"),
        "scallops": Decimal("5.00"),
        "filet_mignon": Decimal("5.00"),
        "lobster_tail": Decimal("15.00"),
    }
    assert [p.key for p in c.proteins if not p.premium] == [
        "chicken",
        "ny_strip",
        "shrimp",
        "tofu",
        "vegetables",
    ]
    assert {a.key: a.price for a in c.add_ons} == {
        "premium_sake_service": Decimal("25.00"),
        "extended_performance": Decimal("50.00"),
        "custom_menu_planning": Decimal("35.00"),
    }
    assert c.minimum.food_total == Decimal("550.00")
    assert (c.travel.base_zip, c.travel.free_miles, c.travel.per_mile, c.travel.road_factor) == (
        "95814",
        Decimal("30"),
        Decimal("2.00"),
        Decimal("1.2"),
    )
    p = c.policies
    assert (p.deposit, p.deposit_refund_days, p.notice_hours, p.sales_tax) == (
        Decimal("100.00"),
        7,
        48,
        False,
    )
    assert (p.gratuity_low_percent, p.gratuity_high_percent) == (Decimal("20"), Decimal("35"))


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "catalog.toml"
    text = BUNDLED.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize(
    ("old", "new", "field", "reason"),
    [
        ('adult_price = "55.00"', "adult_price = 55.5", "guests.adult_price", "quoted string"),
        ('adult_price = "55.00"', 'adult_price = "55.005"', "guests.adult_price", "two decimal places"),
        ('adult_price = "55.00"', 'adult_price = "fifty"', "guests.adult_price", "not an amount"),
        (
            'adult_price = "55.00"',
            'adult_price = "-1.00"',
            "guests.adult_price",
            "greater than or equal to 0",
        ),
        ('deposit = "100.00"', "", "policies.deposit", "Field required"),
        ('base_zip = "95814"', 'base_zip = "Sacramento"', "travel.base_zip", "pattern"),
        ('aliases = ["tofu", "tofoo"]', 'aliases = ["tofu", "chicken"]', "(root)",
         "names both chicken and tofu"),
        ('assume = "ny_strip"', 'assume = "wagyu"', "(root)", "unknown proteins"),
    ],
)
def test_bad_catalog_names_file_field_and_reason(
    tmp_path: Path, old: str, new: str, field: str, reason: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert info.value.file == path
    assert info.value.field == field
    assert reason in info.value.reason
    assert str(path) in str(info.value) and field in str(info.value)


def test_unreadable_and_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as missing:
        load_catalog(tmp_path / "nope.toml")
    assert missing.value.field == "(file)"
    bad = tmp_path / "bad.toml"
    bad.write_text("[guests\nadult_price = 1")
    with pytest.raises(CatalogError) as syntax:
        load_catalog(bad)
    assert syntax.value.field == "(syntax)"


def test_the_hash_is_the_fields_and_a_changed_copy_hashes_its_own() -> None:
    """The catalog keys the reading's caches: equal catalogs hash equal, also after a copy
    with a field replaced (its hash is not the original's, kept from before the copy)."""
    first, second = load_catalog(BUNDLED), load_catalog(BUNDLED)
    assert hash(first) == hash(second) and first == second
    cheaper = first.minimum.model_copy(update={"food_total": Decimal("500.00")})
    changed = first.model_copy(update={"minimum": cheaper})
    same = second.model_copy(update={"minimum": cheaper})
    assert changed == same and changed != first
    assert hash(changed) == hash(same) and hash(changed) != hash(first)
    assert {first: "kept"}[second] == "kept"
