"""Shared fixtures: paths to the real data shipped in resources/police_uk/, and the plugin's Processing provider."""

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
#: The repository's own copy of the real police.uk month and Oxford LSOAs, so a clone anywhere passes.
SHARED_DATA = REPO / "resources" / "police_uk"
POLICE_UK_CSV = SHARED_DATA / "2018-06-thames-valley-street.csv"
OXFORD_LSOA = SHARED_DATA / "oxford_lsoa11.geojson"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@pytest.fixture
def policeuk_csv(tmp_path) -> Path:
    """A private copy of the real police.uk month (tests never write next to the shipped data)."""
    if not POLICE_UK_CSV.exists():
        pytest.fail(f"Real data missing: {POLICE_UK_CSV} (it ships in resources/police_uk/)")
    target = tmp_path / POLICE_UK_CSV.name
    shutil.copy(POLICE_UK_CSV, target)
    return target


@pytest.fixture
def oxford_lsoa(tmp_path) -> Path:
    target = tmp_path / OXFORD_LSOA.name
    shutil.copy(OXFORD_LSOA, target)
    return target


def pytest_sessionfinish(session, exitstatus):
    """Free layers kept alive by reference cycles while QGIS still runs (pytest-qgis exits QGIS later);
    freed after QGIS has shut down, their providers crash the interpreter on exit."""
    import gc

    gc.collect()
