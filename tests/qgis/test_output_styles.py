"""Every styled output written to a GeoPackage opens styled in a fresh layer (issue 10 item 6).

Before, the style reached only layers QGIS loaded into the project after a GUI run: a GeoPackage
from processing.run, a batch or a model opened as QGIS's default single symbol.
"""

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsRuleBasedRenderer, QgsSingleSymbolRenderer, QgsVectorLayer

from hotspot_plugin.core.resources import resource_path
from hotspot_plugin.gui.demo_steps import run_demo_chain

#: Demo products and the shipped style each algorithm gives style_on_load.
STYLED = {
    "cells": "hotspots.qml",
    "fences": "geofences.qml",
    "fixes_app": "tracks_points.qml",
    "tracks_app": "tracks_lines.qml",
    "fences_dwell": "fences_compliance.qml",
    "emerging": "emerging_hotspots.qml",
    "emerging_steps": "emerging_steps.qml",
}
#: Table outputs: no symbology, but the run's title and choices in the metadata.
DESCRIBED = {
    "taskings": "Tasking schedule",
    "visits": "Visits",
    "exceptions": "Exception report",
    "aoristic": "Aoristic weights",
}


@pytest.fixture(scope="module")
def chain(hotspot_provider, tmp_path_factory):
    outcome = run_demo_chain(tmp_path_factory.mktemp("styled_chain"))
    assert outcome.failed == []
    return outcome


def fresh(path) -> QgsVectorLayer:
    """Open an output as a user would: a new layer from the file, nothing applied by the plugin."""
    path = str(path)
    if "|layername=" not in path:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        (table,) = db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()
        db.close()
        path = f"{path}|layername={table}"
    layer = QgsVectorLayer(path, Path(path).stem, "ogr")
    assert layer.isValid(), path
    return layer


def shipped_style(layer: QgsVectorLayer, style: str) -> QgsVectorLayer:
    """The same data with the shipped QML loaded by hand (compare ``.renderer()`` while it lives)."""
    expected = QgsVectorLayer(layer.source(), "expected", "ogr")
    message, ok = expected.loadNamedStyle(str(resource_path("styles", style)))
    assert ok, message
    return expected


@pytest.mark.parametrize("product", sorted(STYLED))
def test_a_fresh_layer_has_the_algorithms_style(chain, product):
    layer = fresh(chain.products[product])
    expected = shipped_style(layer, STYLED[product])
    assert type(layer.renderer()) is type(expected.renderer())
    assert layer.renderer().dump() == expected.renderer().dump()
    assert layer.metadata().abstract(), "the run's choices travel in the GeoPackage metadata"


def test_the_crimes_style_is_not_the_default_single_symbol(run_alg, policeuk_csv, tmp_path):
    result = run_alg("importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(tmp_path / "crimes.gpkg")})
    layer = fresh(result["OUTPUT"])
    expected = shipped_style(layer, "crimes.qml")
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    # The shipped style is a small dark grey dot; QGIS's default is a 2 mm dot of a random colour.
    symbol = layer.renderer().symbol()
    assert symbol.color().getRgb()[:3] == (63, 63, 63) and symbol.size() == pytest.approx(1.2)
    assert layer.renderer().dump() == expected.renderer().dump()
    assert layer.metadata().abstract().startswith("police.uk crimes 2018-06 from ")


def test_the_survey_overlay_carries_its_computed_style(chain):
    layer = fresh(chain.products["survey"])
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    assert any("suppressed" in label.lower() or "fewer than" in label.lower() for label in labels), labels
    assert layer.customProperty("hotspot/survey_view")


@pytest.mark.parametrize("product", sorted(DESCRIBED))
def test_table_outputs_carry_their_metadata(chain, product):
    path = str(chain.products[product])
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    query = "SELECT table_name FROM gpkg_contents WHERE data_type IN ('attributes', 'features')"
    (table,) = db.execute(query).fetchone()
    db.close()
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.metadata().title().startswith(DESCRIBED[product])
    assert layer.metadata().abstract()


def test_outputs_leave_no_partial_or_journal_files(chain):
    folder = Path(str(chain.products["cells"])).parent
    leftovers = [
        p.name for p in folder.iterdir() if p.name.startswith(".") or p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    assert leftovers == []
