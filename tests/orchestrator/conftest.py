"""Fixtures for the orchestrator tests: the bundled catalog, the default distance service and the
offline responder over both."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestrator.catalog import Catalog, load_catalog
from orchestrator.offline import OfflineResponder
from orchestrator.tools.travel import ZipCentroidDistance

BUNDLED = Path(__file__).resolve().parents[2] / "orchestrator" / "catalog" / "hibachi.toml"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(BUNDLED)


@pytest.fixture(scope="session")
def distance(catalog: Catalog) -> ZipCentroidDistance:
    return ZipCentroidDistance.from_catalog(catalog)


@pytest.fixture(scope="module")
def offline(catalog: Catalog, distance: ZipCentroidDistance) -> OfflineResponder:
    return OfflineResponder(catalog=catalog, distance=distance)
