"""End to end speed of the plugin's algorithms inside a running QGIS, against GDAL's floor (issue 14 item 2).

    .venv/bin/python scripts/bench_end_to_end.py [--points 1000000] [--officers 1000 --fixes 10000]

In one run, on this machine's GDAL:

1. **Hot spots.** 1,000,000 clustered points (``bench_gistar``'s) in a GeoPackage. The floor: reading them
   through GDAL's Arrow interface (``GetArrowStreamAsNumPy``: coordinates and the harm field) and writing the
   cells ``harmhotspots`` writes with the fastest writer this GDAL has (``WriteArrowBatch`` from GDAL 3.8 with
   pyarrow; otherwise OGR features in one transaction). Then ``processing.run("hotspot:harmhotspots")`` on the
   same file (start-up excluded), its read, compute and write phases (from its progress signal), and the ratio.
2. **Tracks.** ``bench_dwell``'s fixes (1,000 officers × 10,000 fixes = 10,000,000) as a tracking CSV and 500
   fences. ``importtracks`` on the CSV and ``dwellcompliance`` on the fixes it wrote, each with its read,
   compute and write phases against the floor: GDAL's Arrow read of the same file, and the fastest GDAL write of
   the same rows.

Every time is the median of ``--repeat`` runs (the floor: the best); the machine is shared, so ratios are
within one run. ``--skip-tracks`` runs part 1 only.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from bench_gistar import BAND, CELL, clustered_points  # noqa: E402 - the same points as the Gi* benchmark

POINT_FIELDS = [("harm", "Real")]


# --- building the inputs ---------------------------------------------------------------------------
def write_points_gpkg(path: Path, x, y, harm) -> None:
    """A point GeoPackage (layer ``points``, EPSG:27700) from arrays, through a CSV and GDAL's own loop."""
    from osgeo import gdal

    gdal.UseExceptions()
    csv = path.with_suffix(".csv")
    np.savetxt(csv, np.column_stack([x, y, harm]), delimiter=",", header="x,y,harm", comments="", fmt="%.17g")
    source = gdal.OpenEx(
        str(csv),
        gdal.OF_VECTOR,
        open_options=["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "AUTODETECT_TYPE=YES"],
    )
    gdal.VectorTranslate(
        str(path),
        source,
        format="GPKG",
        layerName="points",
        dstSRS="EPSG:27700",
        reproject=False,
        selectFields=["harm"],
        options=["-mapFieldType", "Integer=Real"],
    )
    source = None
    csv.unlink()


# --- the floor -------------------------------------------------------------------------------------
def arrow_read(path: str, fields, layer_name=None):
    """Everything GDAL's Arrow interface gives for ``fields`` and the geometry (WKB), and the row count."""
    from osgeo import ogr

    dataset = ogr.Open(path)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    layer.SetIgnoredFields([n for n in names if n not in fields])
    rows = 0
    kept = []
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO"]):
        kept.append(batch)
        rows += len(next(iter(batch.values())))
    return rows, kept


def best(function, repeat: int):
    times = []
    value = None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - start)
    return min(times), value


def ogr_write(path: Path, layer_name: str, geometry_type, srs_epsg: int, fields, rows, wkb, options=()) -> str:
    """The fastest GDAL write here: ``WriteArrowBatch`` (GDAL ≥ 3.8 with pyarrow), else OGR features in one
    transaction. ``fields``: ``(name, ogr type)``; ``rows``: one column list per field; ``wkb``: a list of
    geometry blobs (or None). Returns which writer was used."""
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    if path.exists():
        driver.DeleteDataSource(str(path))
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(srs_epsg)
    layer = dataset.CreateLayer(layer_name, srs if wkb is not None else None, geometry_type, list(options))
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    writer = "OGR features, one transaction"
    arrow = _pyarrow()
    if arrow is not None and hasattr(layer, "WritePyArrow"):
        columns = {name: arrow.array(values) for (name, _), values in zip(fields, rows)}
        if wkb is not None:
            columns["geom"] = arrow.array(wkb, type=arrow.binary())
        table = arrow.table(columns)
        schema_options = ["GEOMETRY_NAME=geom"] if wkb is not None else []
        for batch in table.to_batches(65536):
            layer.WritePyArrow(batch, options=schema_options)
        writer = "WriteArrowBatch (pyarrow)"
    else:
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        columns = [list(values) for values in rows]
        for i in range(len(columns[0]) if columns else len(wkb)):
            feature = ogr.Feature(definition)
            for j, column in enumerate(columns):
                value = column[i]
                if value is not None:
                    feature.SetField(j, value)
            if wkb is not None:
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb[i]))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None
    return writer


BENCH_PYTHON = REPO / ".venv-bench" / "bin" / "python"
PYOGRIO_WRITE = """
import sys, time
import numpy as np
import pyogrio
from pyogrio.raw import write
data = np.load(sys.argv[1], allow_pickle=True)
names = [str(n) for n in data["names"]]
kind = str(data["kind"])
best = None
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    write(sys.argv[2], data["wkb"], [data[n] for n in names], fields=names, geometry_type=kind, crs="EPSG:27700",
          driver="GPKG", layer=str(data["layer"]))
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(best, pyogrio.__gdal_version_string__)
"""


def pyogrio_write(work: Path, layer: str, kind: str, names, columns, wkb, repeat: int):
    """The same write through pyogrio (a compiled loop over OGR, its own newer GDAL) in the benchmark venv
    (``scripts/bench_setup.sh``), when it is there: ``(seconds, GDAL version)`` or None."""
    import subprocess

    if not BENCH_PYTHON.exists():
        return None
    data = work / f"{layer}.npz"
    arrays = {n: np.asarray(c) for n, c in zip(names, columns)}
    np.savez(data, names=np.array(names), kind=kind, layer=layer, wkb=np.array(wkb, dtype=object), **arrays)
    out = work / f"pyogrio_{layer}.gpkg"
    done = subprocess.run(
        [str(BENCH_PYTHON), "-c", PYOGRIO_WRITE, str(data), str(out), str(repeat)], capture_output=True, text=True
    )
    data.unlink()
    if done.returncode != 0:
        print(f"  (pyogrio write failed: {done.stderr.strip()[-300:]})")
        return None
    seconds, version = done.stdout.split()
    return float(seconds), version


def _pyarrow():
    try:
        import pyarrow
    except ImportError:
        return None
    return pyarrow


def polygon_wkb(rings: np.ndarray) -> list:
    """Little-endian WKB polygons (one ring each) from an ``(n, k, 2)`` array of closed rings."""
    n, k, _ = rings.shape
    header = np.zeros(n, dtype=[("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4")])
    header["order"], header["type"], header["rings"], header["points"] = 1, 3, 1, k
    blob = np.concatenate([header.view(np.uint8).reshape(n, -1), rings.astype("<f8").view(np.uint8).reshape(n, -1)], 1)
    size = blob.shape[1]
    raw = blob.tobytes()
    return [raw[i * size : (i + 1) * size] for i in range(n)]


def point_wkb(x, y) -> list:
    n = len(x)
    blob = np.zeros(n, dtype=[("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])
    blob["order"], blob["type"], blob["x"], blob["y"] = 1, 1, x, y
    raw = blob.tobytes()
    return [raw[i * 21 : (i + 1) * 21] for i in range(n)]


# --- timing an algorithm ---------------------------------------------------------------------------
class Phases:
    """Times of an algorithm's phases from its progress signal: each phase ends at the last progress report at
    or below its end percentage; the last phase ends when processing.run returns (the outputs are in place)."""

    def __init__(self, feedback, bounds):
        self.bounds = bounds
        self.events = []
        feedback.progressChanged.connect(lambda p: self.events.append((time.perf_counter(), p)))

    def split(self, start: float, end: float):
        out = []
        previous = start
        for bound in self.bounds:
            at = [t for t, p in self.events if p <= bound + 1e-9]
            stop = max(at) if at else previous
            out.append(max(stop - previous, 0.0))
            previous = max(previous, stop)
        out.append(end - previous)
        return out


def run_algorithm(name: str, parameters: dict, bounds):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    context = QgsProcessingContext()
    phases = Phases(feedback, bounds)
    gc.collect()
    start = time.perf_counter()
    result = processing.run(name, parameters, context=context, feedback=feedback)
    end = time.perf_counter()
    return end - start, phases.split(start, end), result


def median_runs(repeat: int, make_parameters, name: str, bounds):
    totals, splits, result = [], [], None
    for i in range(repeat):
        total, split, result = run_algorithm(name, make_parameters(i), bounds)
        totals.append(total)
        splits.append(split)
    order = int(np.argsort(totals)[len(totals) // 2])
    return statistics.median(totals), splits[order], result


def line(label: str, seconds: float, floor: float = None) -> None:
    ratio = f"  {seconds / floor:5.2f}× the floor" if floor else ""
    print(f"  {label:<58} {seconds:8.3f} s{ratio}", flush=True)


# --- 1. hot spots ------------------------------------------------------------------------------------
def hotspots(work: Path, n_points: int, repeat: int) -> dict:
    from osgeo import ogr

    from hotspot_plugin.core.hotspots import detect_hotspots

    x, y, harm = clustered_points(n_points)
    points = work / "points.gpkg"
    write_points_gpkg(points, x, y, harm)
    print(f"hot spots: {n_points:,} points in {points.name}; cells {CELL:g} m, band {BAND:g} m", flush=True)

    def read():
        rows, batches = arrow_read(str(points), ["harm"])
        return rows

    read_s, rows = best(read, repeat)
    assert rows == n_points
    result = detect_hotspots(x, y, harm, cell_size=CELL, band=BAND)
    compute_s, _ = best(lambda: detect_hotspots(x, y, harm, cell_size=CELL, band=BAND), repeat)
    ids = result.cell_ids
    cx, cy = result.grid.centres(ids)
    h = result.grid.size / 2.0
    rings = np.stack(
        [
            np.stack([cx - h, cy - h], 1),
            np.stack([cx - h, cy + h], 1),
            np.stack([cx + h, cy + h], 1),
            np.stack([cx + h, cy - h], 1),
            np.stack([cx - h, cy - h], 1),
        ],
        axis=1,
    )
    wkb = polygon_wkb(rings)
    attributes = ("cell_ids", "n_crimes", "harm", "z", "p", "gi_bin", "n_neighbours", "harm_rank")
    columns = [getattr(result, a).tolist() for a in attributes]
    kinds = [ogr.OFTInteger64, ogr.OFTInteger, ogr.OFTReal, ogr.OFTReal, ogr.OFTReal]
    kinds += [ogr.OFTInteger, ogr.OFTInteger, ogr.OFTInteger]
    names = ["cell_id", "n_crimes", "harm", "gi_z", "gi_p", "gi_bin", "n_neighbours", "harm_rank"]
    fields = list(zip(names, kinds))
    floor_cells = work / "floor_cells.gpkg"
    write_s, writer = best(lambda: ogr_write(floor_cells, "cells", ogr.wkbPolygon, 27700, fields, columns, wkb), repeat)
    print(f"  floor: GDAL Arrow read of {n_points:,} points; the fastest write of {len(ids):,} cells")
    line("floor: read (GetArrowStreamAsNumPy, coordinates + harm)", read_s)
    line(f"write {len(ids):,} cells: host GDAL, {writer}", write_s)
    other = pyogrio_write(work, "cells", "Polygon", names, columns, wkb, repeat)
    if other is not None:
        line(f"write {len(ids):,} cells: pyogrio (GDAL {other[1]}, bench venv)", other[0])
        write_s = min(write_s, other[0])
    floor = read_s + write_s
    line("floor: read + write", floor)
    line("core: binning + Gi* + FDR (for reference)", compute_s)

    def parameters(i):
        out = work / f"cells_{i}.gpkg"
        return {
            "INPUT": str(points),
            "HARM_FIELD": "harm",
            "CELL_SIZE": CELL,
            "DISTANCE_BAND": BAND,
            "OUTPUT": str(out),
        }

    total, (p_read, p_compute, p_write), res = median_runs(repeat, parameters, "hotspot:harmhotspots", (20, 70))
    assert res["CELLS_TESTED"] == len(ids), (res["CELLS_TESTED"], len(ids))
    line("harmhotspots: read (progress 0–20 %)", p_read, read_s)
    line("harmhotspots: harm, grid, Gi*, FDR (20–70 %)", p_compute)
    line("harmhotspots: write, style, move into place (70 % – end)", p_write, write_s)
    line("harmhotspots end to end (processing.run)", total, floor)
    return {"floor": floor, "total": total}


# --- 2. tracks ---------------------------------------------------------------------------------------
def tracks(work: Path, officers: int, fixes: int, n_fences: int, repeat: int) -> None:
    from bench_dwell import FENCE_M, make_case
    from osgeo import ogr

    officer, t, x, y, speed, fx, fy = make_case(officers, fixes, n_fences)
    n = t.size
    csv = work / "tracks.csv"
    stamps = np.datetime_as_string(t.astype("datetime64[s]"), timezone="UTC")
    start = time.perf_counter()
    with open(csv, "w") as out:
        out.write("officer_id,timestamp,easting,northing,speed_kmh\n")
        step = 1_000_000
        for i in range(0, n, step):
            j = slice(i, i + step)
            block = np.char.add(
                np.char.add(np.char.add(np.char.add("PC", officer[j].astype(str)), ","), stamps[j]), ","
            )
            text = [
                f"{a}{b:.2f},{c:.2f},{d:.1f}\n"
                for a, b, c, d in zip(block.tolist(), x[j].tolist(), y[j].tolist(), speed[j].tolist())
            ]
            out.writelines(text)
    print(
        f"tracks: {officers:,} officers × {fixes:,} fixes = {n:,} fixes in {csv.name} "
        f"({csv.stat().st_size / 2**20:,.0f} MiB, written in {time.perf_counter() - start:.1f} s); "
        f"{n_fences} fences of {FENCE_M:g} m",
        flush=True,
    )
    del stamps
    fences = work / "fences.gpkg"
    rings = np.stack(
        [
            np.stack([fx, fy], 1),
            np.stack([fx, fy + FENCE_M], 1),
            np.stack([fx + FENCE_M, fy + FENCE_M], 1),
            np.stack([fx + FENCE_M, fy], 1),
            np.stack([fx, fy], 1),
        ],
        axis=1,
    )
    ogr_write(
        fences,
        "fences",
        ogr.wkbPolygon,
        27700,
        [("fence_id", ogr.OFTInteger)],
        [list(range(1, n_fences + 1))],
        polygon_wkb(rings),
    )

    # importtracks
    def csv_read():
        return arrow_read(str(csv), ["officer_id", "timestamp", "easting", "northing", "speed_kmh"])[0]

    read_s, rows = best(csv_read, 1)
    assert rows == n
    fixes_floor = work / "floor_fixes.gpkg"
    sample = min(n, 200_000)  # the host's OGR loop is slow: timed on a sample, scaled
    names = ["officer_id", "t_utc", "speed_kmh"]
    officer_ids = np.char.add("PC", officer.astype(str))
    sample_s, writer = best(
        lambda: ogr_write(
            fixes_floor,
            "fixes",
            ogr.wkbPoint,
            27700,
            list(zip(names, [ogr.OFTString, ogr.OFTDateTime, ogr.OFTReal])),
            [
                officer_ids[:sample].tolist(),
                np.datetime_as_string(t[:sample].astype("datetime64[s]")).tolist(),
                speed[:sample].tolist(),
            ],
            point_wkb(x[:sample], y[:sample]),
        ),
        1,
    )
    write_s = sample_s * n / sample
    scaled = "" if sample == n else f" (the first {sample:,} timed, scaled to {n:,})"
    print("  importtracks floor: GDAL Arrow read of the CSV; the fastest write of the fixes")
    line(f"floor: read the CSV ({n:,} rows, GetArrowStreamAsNumPy)", read_s)
    line(f"write {n:,} fixes: host GDAL, {writer}{scaled}", write_s)
    other = pyogrio_write(
        work, "fixes", "Point", names, [officer_ids, t.astype("datetime64[s]"), speed], point_wkb(x, y), 1
    )
    if other is not None:
        line(f"write {n:,} fixes: pyogrio (GDAL {other[1]}, bench venv)", other[0])
        write_s = min(write_s, other[0])

    def import_parameters(i):
        return {
            "INPUT": str(csv),
            "SOURCE_CRS": "EPSG:27700",
            "MAX_ACCURACY_M": 0,
            "OUTPUT": str(work / f"fixes_{i}.gpkg"),
            "OUTPUT_TRACKS": str(work / f"lines_{i}.gpkg"),
        }

    total, (p_read, p_build, p_write), res = median_runs(repeat, import_parameters, "hotspot:importtracks", (60, 95))
    line("importtracks: read and clean the CSV (progress 0–60 %)", p_read, read_s)
    line("importtracks: reproject, track lines (60–95 %)", p_build)
    line("importtracks: write fixes and lines, style, move (95 %–end)", p_write, write_s)
    line(f"importtracks end to end ({res['N_KEPT']:,} fixes kept)", total, read_s + write_s)

    # dwellcompliance on the fixes importtracks wrote
    fixes_gpkg = res["OUTPUT"]

    def fixes_read():
        return arrow_read(fixes_gpkg, ["officer_id", "t_utc", "speed_kmh"])[0]

    read_s, rows = best(fixes_read, repeat)

    def dwell_parameters(i):
        return {
            "TRACKS": fixes_gpkg,
            "FENCES": str(fences),
            "MIN_VISIT_S": 0,
            "OUTPUT_VISITS": str(work / f"visits_{i}.gpkg"),
            "OUTPUT_FENCES": str(work / f"dwell_fences_{i}.gpkg"),
        }

    total, (p_read, p_compute, p_write), res = median_runs(
        repeat, dwell_parameters, "hotspot:dwellcompliance", (25, 90)
    )
    visits = res["N_VISITS"]
    print(f"  dwellcompliance floor: GDAL Arrow read of the {rows:,} fixes")
    line("floor: read the fixes (GetArrowStreamAsNumPy)", read_s)
    line("dwellcompliance: read fixes and fences (progress 0–25 %)", p_read, read_s)
    line("dwellcompliance: visits, dwell, compliance (25–90 %)", p_compute)
    line(f"dwellcompliance: write {visits:,} visits and the fences (90 % – end)", p_write)
    line("dwellcompliance end to end", total)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--officers", type=int, default=1000)
    parser.add_argument("--fixes", type=int, default=10_000)
    parser.add_argument("--fences", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-tracks", action="store_true")
    parser.add_argument("--skip-hotspots", action="store_true")
    args = parser.parse_args(argv)
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis_headless import start_qgis, stop_qgis

    app, provider = start_qgis()
    print(f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, numpy {np.__version__}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench_e2e_") as folder:
        work = Path(folder)
        if not args.skip_hotspots:
            hotspots(work, args.points, args.repeat)
        if not args.skip_tracks:
            tracks(work, args.officers, args.fixes, args.fences, args.repeat)
    stop_qgis(app, provider)
    return 0


if __name__ == "__main__":
    sys.exit(main())
