"""Issue 11 item 3: a cancel is honoured early — while reading and binning, not only while computing.

A feedback that cancels at its first progress report stands in for a user pressing Cancel (or a
SIGINT) as soon as a run starts: the run must stop with "Cancelled", before its later stages, and
write no output file.
"""

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from .feedback import LogFeedback
from .layers import point_layer


class CancelAtFirstProgress(LogFeedback):
    """Cancels when the algorithm first reports progress; records how far progress got."""

    def __init__(self):
        super().__init__()
        self.reports = []

    def setProgress(self, progress):  # noqa: N802 - QGIS API name
        self.reports.append(progress)
        super().setProgress(progress)
        if not self.isCanceled():
            self.cancel()


@pytest.fixture(scope="module")
def crimes_gpkg(hotspot_provider, tmp_path_factory):
    from qgis import processing

    from ..conftest import POLICE_UK_CSV

    path = tmp_path_factory.mktemp("cancel") / "crimes.gpkg"
    processing.run("hotspot:importpoliceuk", {"INPUT": str(POLICE_UK_CSV), "OUTPUT": str(path)})
    return str(path)


def cancelled(run_alg, name, parameters):
    feedback = CancelAtFirstProgress()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(name, parameters, feedback=feedback)
    return feedback


def test_harmhotspots_stops_while_reading_the_gdal_fast_path(run_alg, crimes_gpkg, tmp_path):
    output = tmp_path / "cells.gpkg"
    feedback = cancelled(run_alg, "harmhotspots", {"INPUT": crimes_gpkg, "HARM_FIELD": "harm", "OUTPUT": str(output)})
    assert "Read the points through GDAL directly (whole file layer, no filter)." not in feedback.lines
    assert max(feedback.reports) <= 20  # reading is 0–20 %; binning and Gi* never started
    assert not any(line.startswith("Cells tested") for line in feedback.lines)
    assert not output.exists()


def test_harmhotspots_stops_while_reading_features(run_alg, tmp_path):
    rng = np.random.default_rng(3)
    layer = point_layer(rng.uniform(450000, 460000, 25000), rng.uniform(200000, 210000, 25000))
    output = tmp_path / "cells.gpkg"
    feedback = cancelled(run_alg, "harmhotspots", {"INPUT": layer, "OUTPUT": str(output)})
    assert feedback.reports == [0.0]  # stopped at the next check, 10,000 features in
    assert not output.exists()


class CancelAbove(CancelAtFirstProgress):
    """Cancels at the first progress report above ``threshold`` percent."""

    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def setProgress(self, progress):  # noqa: N802 - QGIS API name
        self.reports.append(progress)
        LogFeedback.setProgress(self, progress)
        if progress > self.threshold and not self.isCanceled():
            self.cancel()


@pytest.mark.parametrize(
    "threshold, stage_end, stage",
    [(20, 25, "building the grid (20–25 %)"), (35, 47.5, "the automatic band search (35–47.5 %)")],
)
def test_harmhotspots_stops_inside_each_stage(run_alg, crimes_gpkg, tmp_path, threshold, stage_end, stage):
    """Reading ends at 20 %; the grid and binning report from 20 %, the band search from 35 %: a cancel
    just past the start of a stage stops the run inside that stage, not at the next one."""
    feedback = CancelAbove(threshold)
    output = tmp_path / "cells.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "harmhotspots",
            {"INPUT": crimes_gpkg, "HARM_FIELD": "harm", "BOUNDARY": _box_layer(), "OUTPUT": str(output)},
            feedback=feedback,
        )
    assert threshold < max(feedback.reports) < stage_end, (stage, feedback.reports)
    assert not output.exists()


def test_importpoliceuk_stops_while_reading_the_csv(run_alg, policeuk_csv, tmp_path):
    output = tmp_path / "crimes.gpkg"
    feedback = cancelled(run_alg, "importpoliceuk", {"INPUT": str(policeuk_csv), "OUTPUT": str(output)})
    assert feedback.reports == [0.0]
    assert not any(line.startswith("Read 18,188 rows") for line in feedback.lines)
    assert not output.exists()


def test_geofences_stop_while_reading_cells(run_alg, tmp_path):
    rng = np.random.default_rng(4)
    x = np.r_[rng.uniform(450000, 454000, 600), rng.normal(452000, 100, 200)]
    y = np.r_[rng.uniform(205000, 208000, 600), rng.normal(206500, 100, 200)]
    cells = run_alg("harmhotspots", {"INPUT": point_layer(x, y), "CELL_SIZE": 150, "OUTPUT": "TEMPORARY_OUTPUT"})
    cells = cells["OUTPUT"]
    assert cells.featureCount() < 20000  # fewer than one check interval: only the check after reading sees it
    output = tmp_path / "fences.gpkg"
    feedback = cancelled(run_alg, "geofencesfromhotspots", {"INPUT": cells, "OUTPUT": str(output)})
    assert feedback.reports == [0.0]
    assert not any("cells have gi_bin" in line for line in feedback.lines)
    assert not output.exists()


def _box_layer():
    from .layers import polygon_layer

    return polygon_layer(["POLYGON((440000 190000, 470000 190000, 470000 220000, 440000 220000, 440000 190000))"])
