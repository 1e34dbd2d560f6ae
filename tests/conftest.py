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


@pytest.fixture
def readonly_dir(tmp_path):
    """A folder nothing can be written in (chmod 555; root ignores that, so also chattr +i when root)."""
    import os
    import subprocess

    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        if done.returncode != 0:
            folder.chmod(0o755)
            pytest.skip(f"running as root and chattr +i failed ({done.stderr.strip()}): no read-only folder")
        immutable = True
    try:
        (folder / "probe").write_text("x")
    except OSError:
        pass
    else:
        pytest.fail(f"{folder} is still writable")
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


PLUGIN_DIR = REPO / "hotspot_plugin"


def plugin_deprecations(warnings_seen) -> list:
    """``file:line: message`` of the deprecation warnings among ``warnings_seen`` raised by the plugin's own code
    (a deprecated QGIS call shows the calling line: sip attributes the warning to the Python frame that called)."""
    found = []
    for seen in warnings_seen:
        if not issubclass(seen.category, (DeprecationWarning, PendingDeprecationWarning)):
            continue
        path = Path(seen.filename).resolve()
        if PLUGIN_DIR in path.parents:
            found.append(f"{path.relative_to(REPO)}:{seen.lineno}: {seen.message}")
    return list(dict.fromkeys(found))


_PLUGIN_DEPRECATIONS = pytest.StashKey[dict]()


def _record_phase(item, phase):
    """Run one phase of a test recording its warnings; keep the plugin's deprecations for the phase's report and
    hand every warning on to pytest's own capture unchanged."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        yield
    item.stash.setdefault(_PLUGIN_DEPRECATIONS, {})[phase] = plugin_deprecations(caught)
    for seen in caught:
        warnings.warn_explicit(seen.message, seen.category, seen.filename, seen.lineno, source=seen.source)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    yield from _record_phase(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    yield from _record_phase(item, "call")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    yield from _record_phase(item, "teardown")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test during which plugin code raised a DeprecationWarning fails, naming the line (issue 14 item 3)."""
    outcome = yield
    report = outcome.get_result()
    found = item.stash.get(_PLUGIN_DEPRECATIONS, {}).pop(call.when, [])
    if found and report.passed:
        report.outcome = "failed"
        report.longrepr = "Deprecated QGIS/Qt API used by the plugin's own code:\n" + "\n".join(f"  {f}" for f in found)
