"""Fixtures for the orchestrator tests: the bundled catalog and the default distance service."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestrator.catalog import Catalog, load_catalog
from orchestrator.tools.travel import ZipCentroidDistance

BUNDLED = Path(__file__).resolve().parents[2] / "orchestrator" / "catalog" / "hibachi.toml"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(BUNDLED)


@pytest.fixture(scope="session")
def distance(catalog: Catalog) -> ZipCentroidDistance:
    return ZipCentroidDistance.from_catalog(catalog)
