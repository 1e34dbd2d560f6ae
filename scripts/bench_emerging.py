"""Benchmark: emerging hot spots on a year of weekly steps over 100,000 cells, against a per-step loop.

A 400 × 250 grid of 150 m cells (100,000 cells, 60 km × 37.5 km), 52 weekly steps, 1,500,000
synthetic incidents with times over 2024 (a background, 200 stable clusters and 40 growing ones).
Times, in one run:

* ``vectorised``: :func:`build_cube` from the incidents, distance-band weights, space-time Gi*
  (one sparse product for all steps, running sums along time), per-step FDR, Mann–Kendall over all
  cells at once, the 17 categories — :func:`emerging_hotspots` as the Processing algorithm will call it;
* ``loops``: the straightforward way — step by step, the spatial neighbour sums of each step in the
  time window (one sparse product per step and lag) and the Gi* formula with the cube's mean and SD,
  FDR per step; then Mann–Kendall cell by cell with :func:`scipy.stats.kendalltau` (timed on a sample
  of cells and scaled up to all cells, said so in the output).
* ``--explicit``: also :func:`gistar.gi_star_sparse` on the explicit (cells·steps)² space-time matrix.
* ``--algorithm``: also the Processing algorithm ``hotspot:emerginghotspots`` on the same incidents
  written to a GeoPackage (times in a DateTime field, the study area as the boundary, so the same
  100,000 cells): reading the points, the grid, the cube, the analysis and writing the 100,000 cells,
  timed end to end (the per-step layer left out: 5.2 million features); its categories must equal
  the core's.

Every path must give the same z (max |Δz| printed) and bins, and the sample's Mann–Kendall p-values
must match scipy's. Run: ``.venv/bin/python scripts/bench_emerging.py``. The machine may be shared:
compare the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse, stats

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hotspot_plugin.core.gistar import distance_band_weights, gi_star_sparse, significance_bins  # noqa: E402
from hotspot_plugin.core.grid import grid_covering  # noqa: E402
from hotspot_plugin.core.trends.emerging import build_cube, cube_rows, emerging_hotspots  # noqa: E402
from hotspot_plugin.core.trends.mann_kendall import mann_kendall  # noqa: E402

CELL = 150.0
BAND = 450.0
NCOLS, NROWS = 400, 250
YEAR_START = pd.Timestamp("2024-01-01")  # a Monday: 52 whole weeks to 2024-12-29
WEEKS = 52


def incidents(n: int, seed: int = 16):
    """(x, y, UTC time, harm) of synthetic incidents over the grid and the year."""
    rng = np.random.default_rng(seed)
    width, height = NCOLS * CELL, NROWS * CELL
    n_growing = n // 10
    n_clustered = int(n * 0.35)
    n_background = n - n_growing - n_clustered
    centres = rng.uniform(1000, [width - 1000, height - 1000], size=(240, 2))
    which = rng.integers(0, 200, n_clustered)
    grow = rng.integers(200, 240, n_growing)
    seconds_in_year = WEEKS * 7 * 86400
    x = np.concatenate(
        [
            rng.uniform(0, width, n_background),
            centres[which, 0] + rng.normal(0, 150, n_clustered),
            centres[grow, 0] + rng.normal(0, 150, n_growing),
        ]
    )
    y = np.concatenate(
        [
            rng.uniform(0, height, n_background),
            centres[which, 1] + rng.normal(0, 150, n_clustered),
            centres[grow, 1] + rng.normal(0, 150, n_growing),
        ]
    )
    # Growing clusters: incident times drawn with density rising linearly through the year.
    offsets = np.concatenate(
        [
            rng.uniform(0, seconds_in_year, n_background + n_clustered),
            np.sqrt(rng.uniform(0, 1, n_growing)) * seconds_in_year,
        ]
    )
    times = pd.Series(pd.Timestamp("2024-01-01", tz="Europe/London").tz_convert("UTC") + pd.to_timedelta(offsets, "s"))
    harm = rng.choice([1.0, 2.0, 10.0, 273.5], size=n, p=[0.4, 0.35, 0.2, 0.05])
    x = np.clip(x, 0, width - 1e-6)
    y = np.clip(y, 0, height - 1e-6)
    return x, y, times, harm


def per_step_loop(values: np.ndarray, weights, k: int):
    """The straightforward space-time Gi*: for each step, sum each window step's spatial neighbour sums."""
    n_cells, n_steps = values.shape
    n = values.size
    mean = values.mean()
    sd = np.sqrt((values**2).mean() - mean**2)
    degree = np.asarray(weights.sum(axis=1)).ravel()
    z = np.empty((n_cells, n_steps))
    for t in range(n_steps):
        window = range(max(0, t - k), t + 1)
        local = sum(weights @ values[:, s] for s in window)
        weight_sum = degree * len(window)
        z[:, t] = (local - mean * weight_sum) / (sd * np.sqrt((n * weight_sum - weight_sum**2) / (n - 1)))
    return z


def explicit_matrix(values: np.ndarray, weights, k: int):
    """Gi* with core/gistar on the explicit (cells·steps)² space-time neighbour matrix."""
    n_steps = values.shape[1]
    window = np.tril(np.ones((n_steps, n_steps))) - np.tril(np.ones((n_steps, n_steps)), -k - 1)
    big = sparse.kron(sparse.csr_matrix(window), weights, format="csr")
    return gi_star_sparse(values.T.ravel(), big).z.reshape(n_steps, -1).T


def write_gpkg(path: Path, x, y, times, harm) -> None:
    """The incidents as a GeoPackage point layer (EPSG:27700) with a DateTime field ``t`` and ``harm``.

    ``t`` holds the local wall-clock time (Europe/London) without an offset, as QGIS 3.22 writes and reads
    DateTime fields in files; the plugin reads it as local time. Written by GDAL from a CSV (C speed).
    """
    from osgeo import gdal

    gdal.UseExceptions()
    local = pd.Series(times).dt.tz_convert("Europe/London").dt.strftime("%Y-%m-%dT%H:%M:%S")
    csv = path.with_suffix(".csv")
    pd.DataFrame({"x": x, "y": y, "t": local, "harm": harm}).to_csv(csv, index=False)
    csv.with_suffix(".csvt").write_text("Real,Real,DateTime,Real\n")  # the column types, no detection pass
    source = gdal.OpenEx(str(csv), gdal.OF_VECTOR, open_options=["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y"])
    options = gdal.VectorTranslateOptions(
        format="GPKG",
        layerName="crimes",
        dstSRS="EPSG:27700",
        srcSRS="EPSG:27700",
        geometryType="POINT",
        selectFields=["t", "harm"],
    )
    gdal.VectorTranslate(str(path), source, options=options)
    source = None
    csv.unlink()
    csv.with_suffix(".csvt").unlink()


def run_algorithm(x, y, times, harm, core_counts) -> None:
    """hotspot:emerginghotspots end to end on the incidents (a GeoPackage) over the same 100,000 cells."""
    import tempfile

    sys.path.insert(0, str(REPO / "scripts"))
    from qgis_headless import start_qgis, stop_qgis

    app, provider = start_qgis()
    from qgis import processing
    from qgis.core import QgsVectorLayer

    with tempfile.TemporaryDirectory() as folder:
        crimes = Path(folder) / "crimes.gpkg"
        start = time.perf_counter()
        write_gpkg(crimes, x, y, times, harm)
        print(
            f"algorithm: wrote {x.size:,} incidents to a GeoPackage in {time.perf_counter() - start:6.2f} s (not timed)"
        )
        boundary = QgsVectorLayer("Polygon?crs=EPSG:27700", "area", "memory")
        from qgis.core import QgsFeature, QgsGeometry

        feature = QgsFeature()
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON ((0 0, {NCOLS * CELL} 0, {NCOLS * CELL} {NROWS * CELL}, 0 {NROWS * CELL}, 0 0))"
            )
        )
        boundary.dataProvider().addFeatures([feature])
        start = time.perf_counter()
        result = processing.run(
            "hotspot:emerginghotspots",
            {
                "CRIMES": str(crimes),
                "TIME_FIELD": "t",
                "HARM_FIELD": "harm",
                "GRID_TYPE": 0,
                "CELL_SIZE": CELL,
                "DISTANCE_BAND": BAND,
                "TIME_STEP": 1,
                "TIME_NEIGHBOURS": 1,
                "BOUNDARY": boundary,
                "START_DATE": "2024-01-01",
                "END_DATE": "2024-12-29",
                "OUTPUT": str(Path(folder) / "cells.gpkg"),
            },
        )
        elapsed = time.perf_counter() - start
        cells = QgsVectorLayer(result["OUTPUT"], "cells", "ogr")
        counts = pd.Series([f["category"] for f in cells.getFeatures()]).value_counts()
        print(
            f"algorithm hotspot:emerginghotspots end to end: {elapsed:6.2f} s for {result['CELLS_TESTED']:,} cells × "
            f"{result['STEPS']} weeks (read, grid, cube, analysis, write)"
        )
        assert result["CELLS_TESTED"] == NCOLS * NROWS and result["STEPS"] == WEEKS
        assert counts.sort_index().equals(core_counts.sort_index()), (counts, core_counts)
        print("  categories equal the core's")
        del cells, boundary
    stop_qgis(app, provider)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=1_500_000)
    parser.add_argument("--cells-sample", type=int, default=5_000, help="cells for the per-cell kendalltau loop")
    parser.add_argument(
        "--explicit", action="store_true", help="also time gi_star_sparse on the explicit space-time matrix (slow, GBs)"
    )
    parser.add_argument("--algorithm", action="store_true", help="also time hotspot:emerginghotspots end to end")
    args = parser.parse_args()

    x, y, times, harm = incidents(args.incidents)
    grid = grid_covering("square", CELL, 0.0, 0.0, NCOLS * CELL - 1e-6, NROWS * CELL - 1e-6)
    tested = np.arange(grid.n_cells)  # every cell of the study area, as with a boundary
    cx, cy = grid.centres(tested)
    print(f"{grid.n_cells:,} cells × {WEEKS} weeks, {args.incidents:,} incidents, band {BAND:g} m, 1 time neighbour")

    start = time.perf_counter()
    rows = cube_rows(grid.locate(x, y), tested)
    cube = build_cube(rows, times, grid.n_cells, harm=harm, time_step="week", start="2024-01-01", end="2024-12-29")
    t_cube = time.perf_counter() - start
    start = time.perf_counter()
    result = emerging_hotspots(cube, cx, cy, BAND, time_neighbours=1)
    t_analysis = time.perf_counter() - start
    assert cube.n_steps == WEEKS
    counts = pd.Series(result.category).value_counts()
    print(f"vectorised: build cube {t_cube:6.2f} s, analysis {t_analysis:6.2f} s, total {t_cube + t_analysis:6.2f} s")
    print("  categories: " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))

    if args.algorithm:
        run_algorithm(x, y, times, harm, counts)

    weights = distance_band_weights(cx, cy, BAND)
    start = time.perf_counter()
    z_loop = per_step_loop(cube.values, weights, 1)
    bins_loop = np.stack(
        [significance_bins(z_loop[:, t], 2 * stats.norm.sf(np.abs(z_loop[:, t]))) for t in range(WEEKS)], 1
    )
    t_loop_gi = time.perf_counter() - start
    delta = np.abs(z_loop - result.z).max()
    print(f"per-step loop Gi* + FDR: {t_loop_gi:6.2f} s; max |Δz| against vectorised {delta:.2e}")
    assert delta < 1e-9
    assert (bins_loop == result.gi_bin).all()
    if args.explicit:
        start = time.perf_counter()
        z_matrix = explicit_matrix(cube.values, weights, 1)
        t_matrix = time.perf_counter() - start
        print(
            f"gistar.gi_star_sparse on the explicit space-time matrix: {t_matrix:6.2f} s; "
            f"max |Δz| {np.abs(z_matrix - result.z).max():.2e}"
        )

    sample = np.random.default_rng(0).choice(grid.n_cells, size=min(args.cells_sample, grid.n_cells), replace=False)
    time_axis = np.arange(WEEKS)
    start = time.perf_counter()
    p_loop = np.array([stats.kendalltau(time_axis, result.z[i], method="asymptotic")[1] for i in sample])
    t_loop_mk = (time.perf_counter() - start) * grid.n_cells / sample.size
    start = time.perf_counter()
    vectorised_mk = mann_kendall(result.z, continuity=False)
    t_vec_mk = time.perf_counter() - start
    p_vec = vectorised_mk.p[sample]
    both = np.isfinite(p_loop)
    print(
        f"Mann–Kendall: per-cell kendalltau loop {t_loop_mk:6.2f} s (scaled from {sample.size:,} cells), "
        f"vectorised {t_vec_mk:6.2f} s; max |Δp| {np.abs(p_loop[both] - p_vec[both]).max():.2e}"
    )
    baseline = t_loop_gi + t_loop_mk
    vectorised = t_analysis
    print(
        f"analysis: vectorised {vectorised:6.2f} s vs per-step/per-cell loops {baseline:6.2f} s "
        f"→ ×{baseline / vectorised:.1f}"
    )


if __name__ == "__main__":
    main()
