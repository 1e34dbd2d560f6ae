"""Synthetic survey responses inside the real Oxford LSOA boundaries (seeded), for the survey tests."""

import csv
import json
from pathlib import Path

import numpy as np
from shapely.geometry import Point, shape

QUESTION_SCALE = (1, 5)
PRIORITIES = ["ASB", "Drugs", "Speeding", "Burglary"]
#: The secret of the tests' perturbation key file (fixed, so that the tests' noise is reproducible).
TEST_KEY = "hotspot-survey-tests-key-number-four"
#: Variance of the cell key sum noise factor: the 256 values (2j + 1)/256 − 1 have variance (256² − 1)/(3·256²).
NOISE_VARIANCE = (256**2 - 1) / (3 * 256**2)


def lsoa_shapes(geojson: Path):
    data = json.loads(Path(geojson).read_text(encoding="utf-8"))
    return [(f["properties"]["LSOA11CD"], shape(f["geometry"])) for f in data["features"]]


def random_point_in(polygon, rng):
    minx, miny, maxx, maxy = polygon.bounds
    while True:
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if polygon.contains(Point(x, y)):
            return x, y


def make_responses(geojson: Path, seed: int = 11, waves=(2023, 2024)):
    """Rows (dicts) of responses: area code, lon/lat inside it, a synthetic postcode, answers, wave.

    Area sizes vary from 0 to ~50 responses so that some areas fall below the threshold. A few
    responses carry an unknown area code, a "don't know" code 9 or an empty answer.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for index, (code, polygon) in enumerate(lsoa_shapes(geojson)):
        n = int(rng.choice([0, 3, 7, 9, 12, 20, 35, 50]))
        area_mean = 1.5 + 3.0 * rng.random()
        for j in range(n):
            lon, lat = random_point_in(polygon, rng)
            answer = int(np.clip(round(rng.normal(area_mean, 1.0)), 1, 5))
            if rng.random() < 0.04:
                answer = 9
            rows.append(
                {
                    "lsoa": code.lower() if j % 7 == 0 else code,  # case differences must still match
                    "lon": lon,
                    "lat": lat,
                    "postcode": f"ox{index % 9 + 1} {j % 9}{'ABDEFGHJ'[index % 8]}{'LNPQRSTU'[j % 8]}",
                    "confidence": "" if rng.random() < 0.03 else answer,
                    "deal": rng.choice(["Agree", "Disagree", "Neither"], p=[0.5, 0.3, 0.2]),
                    "priority": PRIORITIES[int(rng.integers(0, len(PRIORITIES)))],
                    "wave": int(rng.choice(waves)),
                }
            )
    for _ in range(5):
        rows.append(
            {
                "lsoa": "E01099999",
                "lon": -1.0,
                "lat": 50.0,
                "postcode": "ZZ99 9ZZ",
                "confidence": 3,
                "deal": "Agree",
                "priority": "ASB",
                "wave": waves[0],
            }
        )
    order = rng.permutation(len(rows))
    return [rows[i] for i in order]


def write_csv(rows, path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_lookup(rows, path: Path) -> Path:
    """A postcode → LSOA lookup for the synthetic postcodes (ONS NSPL-like column names)."""
    seen = {}
    for row in rows:
        if row["lsoa"] != "E01099999":
            seen.setdefault(row["postcode"].upper(), row["lsoa"].upper())
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pcd", "pcds", "oa11", "lsoa11"])
        for postcode, code in sorted(seen.items()):
            writer.writerow([postcode.replace(" ", ""), postcode, "E00000000", code])
    return path


def null(value) -> bool:
    """True for None and QGIS NULL."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def write_key(path: Path, secret: str = TEST_KEY) -> Path:
    """A perturbation key file holding ``secret``."""
    Path(path).write_text(secret, encoding="ascii")
    return Path(path)


def csv_layer(path: Path):
    """The responses CSV as a QGIS delimited-text table (types detected, no geometry)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", "responses", "delimitedtext")
    assert layer.isValid()
    return layer
