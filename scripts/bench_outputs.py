"""What the safe-output mechanism costs (qgis_io/outputs.py), against QGIS writing in place.

    .venv/bin/python scripts/bench_outputs.py [--repeat 3]

On the real police.uk month, in one run, each case is timed with the mechanism and with the
algorithm's own ``processAlgorithm`` called directly (QGIS writes straight into the target: the
baseline), alternating, and the medians compared:

1. ``importpoliceuk`` to a new GeoPackage (16,491 points): written beside, counted, styled, renamed;
2. ``harmhotspots`` 150 m / 450 m to a new GeoPackage (410,150 cells);
3. the same cells as a new layer of the crimes GeoPackage: written beside, then copied in within one
   SQLite transaction (the baseline adds the layer in place, not atomically);
4. ``importpoliceuk`` to CSV (the formula guard on every text value).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
CSV = REPO / "resources" / "police_uk" / "2018-06-thames-valley-street.csv"


@contextmanager
def baseline():
    """The plugin's algorithms without the mechanism: processAlgorithm unwrapped, no output checks."""
    from qgis.core import QgsProcessingAlgorithm

    from hotspot_plugin.processing.base import HotspotAlgorithm
    from hotspot_plugin.processing.provider import ALGORITHMS

    saved = {cls: cls.__dict__["processAlgorithm"] for cls in ALGORITHMS}
    check = HotspotAlgorithm.checkParameterValues
    for cls, wrapped in saved.items():
        cls.processAlgorithm = wrapped.__wrapped__
    HotspotAlgorithm.checkParameterValues = lambda self, p, c: QgsProcessingAlgorithm.checkParameterValues(self, p, c)
    try:
        yield
    finally:
        for cls, wrapped in saved.items():
            cls.processAlgorithm = wrapped
        HotspotAlgorithm.checkParameterValues = check


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from qgis_headless import start_qgis, stop_qgis

    app, provider = start_qgis()
    from qgis import processing

    from hotspot_plugin.processing.base import HotspotAlgorithm

    assert "checkParameterValues" in HotspotAlgorithm.__dict__
    work = Path(tempfile.mkdtemp(prefix="bench_outputs_"))
    crimes = work / "crimes.gpkg"
    processing.run("hotspot:importpoliceuk", {"INPUT": str(CSV), "OUTPUT": str(crimes)})
    cells = {"INPUT": f"{crimes}|layername=crimes", "HARM_FIELD": "harm", "CELL_SIZE": 150, "DISTANCE_BAND": 450}

    def fresh(name):
        path = work / name
        for stale in work.glob(name + "*"):
            stale.unlink()
        return path

    def add_layer():
        copy = work / "with_layer.gpkg"
        shutil.copy(crimes, copy)
        return {**cells, "OUTPUT": f"{copy}|layername=cells"}, copy

    cases = {
        "importpoliceuk → new GeoPackage": lambda: (
            "hotspot:importpoliceuk",
            {"INPUT": str(CSV), "OUTPUT": str(fresh("points.gpkg"))},
        ),
        "harmhotspots → new GeoPackage": lambda: (
            "hotspot:harmhotspots",
            {**cells, "OUTPUT": str(fresh("cells.gpkg"))},
        ),
        "harmhotspots → new layer of an existing GeoPackage": lambda: ("hotspot:harmhotspots", add_layer()[0]),
        "importpoliceuk → CSV": lambda: ("hotspot:importpoliceuk", {"INPUT": str(CSV), "OUTPUT": str(fresh("p.csv"))}),
    }
    print(f"{'case':52} {'baseline s':>10} {'safe s':>8} {'ratio':>6}")
    for label, make in cases.items():
        times = {"baseline": [], "safe": []}
        for _ in range(args.repeat):
            for kind in ("baseline", "safe"):
                algorithm, parameters = make()
                if "existing" in label and kind == "baseline":
                    # QGIS adds a layer in place only through the ogr: form
                    path, layer = parameters["OUTPUT"].split("|layername=")
                    parameters["OUTPUT"] = f"ogr:dbname='{path}' table=\"{layer}\" (geom)"
                start = time.perf_counter()
                if kind == "baseline":
                    with baseline():
                        processing.run(algorithm, parameters)
                else:
                    processing.run(algorithm, parameters)
                times[kind].append(time.perf_counter() - start)
        base, safe = statistics.median(times["baseline"]), statistics.median(times["safe"])
        print(f"{label:52} {base:10.2f} {safe:8.2f} {safe / base:6.2f}")
    shutil.rmtree(work, ignore_errors=True)
    stop_qgis(app, provider)
    return 0


if __name__ == "__main__":
    sys.exit(main())
