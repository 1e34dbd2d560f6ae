"""A seeded, reproducible demo data set for an invented English town ("Hollowford"), made offline.

Run by ``make demo-data`` (``scripts/make_demo_data.py``); the plugin ships its output in
``resources/demo/`` and never needs this module. Nothing here is real: the town, its streets, wards,
crimes, officers and survey answers are made up, so the data can be shipped, shown in training and
changed freely. It is built to teach:

- crimes cluster in a town centre (night-time economy violence on Friday and Saturday nights,
  daytime shoplifting), at a station and a retail park, and on two estates (burglary, anti-social
  behaviour, damage), so harm-weighted Gi* finds hot spots, and every crime has an exact time so
  hour-of-day and day-of-week views have something to show;
- one day of officer tracks — app GPS fixes seconds apart with collar numbers, and radio location
  reports minutes apart keyed by ISSI with an ISSI → collar lookup — visit some hot spots, drive
  through one and miss others, so dwell and compliance have every colour;
- survey responses per area, two waves, with some areas below the suppression threshold.

All coordinates are British National Grid (EPSG:27700) except the app fixes and the police.uk
copy, which are WGS84 latitude/longitude as phones and police.uk give them, converted by PROJ
(pyproj) with one fixed operation (:data:`BNG_TO_WGS84`) so every machine writes the same bytes.
The plugin's own core (hot spots, fences, schedules, times) makes the fences and taskings, and
``hotspot_plugin.core.demo`` holds the settings the shipped demo is run with.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd
from shapely.geometry import LineString, Point, Polygon, mapping

from hotspot_plugin.core.demo import FENCE_PARAMETERS, FILES, HOTSPOT_PARAMETERS, TASKING_PARAMETERS, TRACK_DAY
from hotspot_plugin.core.geofence import fences_from_cells
from hotspot_plugin.core.harm import load_harm_table
from hotspot_plugin.core.hotspots import detect_hotspots
from hotspot_plugin.core.tasking import Place, generate_schedule, parse_shifts
from hotspot_plugin.core.timeutil import DEFAULT_TIMEZONE, wall_to_utc, zone

DEFAULT_SEED = 20260410
#: Town centre (Market Square) in British National Grid metres: an invented place in the Midlands.
CENTRE_E, CENTRE_N = 451_200.0, 287_400.0
#: Thirteen weeks of crimes, Monday 5 January to Sunday 5 April 2026 (local times, Europe/London).
CRIME_START = date(2026, 1, 5)
CRIME_DAYS = 91
N_CRIMES = 1500
APP_INTERVAL_S = 20
RADIO_INTERVAL_S = 120


# ---------------------------------------------------------------------------------------------
# The town: places (offsets in metres from the centre) where crime concentrates.
# name: (dx, dy, spread_m, streets)
PLACES: Dict[str, Tuple[float, float, float, Tuple[str, ...]]] = {
    "nte": (0.0, 0.0, 65.0, ("Market Square", "Corn Exchange Lane", "Bridge Street")),
    "shops": (320.0, -90.0, 75.0, ("High Street", "Guildhall Walk")),
    "station": (620.0, 430.0, 60.0, ("Station Approach", "Railway Terrace")),
    "retail": (-1250.0, -900.0, 80.0, ("Riverside Retail Park", "Mill Lane")),
    "brookfield": (-300.0, 1500.0, 55.0, ("Brookfield Road", "Larch Close")),
    "brookfield_b": (150.0, 1800.0, 55.0, ("Heron Way", "Kingfisher Court")),
    "castlehill": (1450.0, -1050.0, 55.0, ("Castle Hill Drive", "Keep Walk")),
    "castlehill_b": (1850.0, -1450.0, 55.0, ("Moat Lane", "Portcullis Road")),
    "millbank": (-1600.0, 350.0, 90.0, ("Millbank Avenue", "Weaver Street")),
    "park": (300.0, -600.0, 90.0, ("Abbey Park", "Park Row")),
}
BACKGROUND_STREETS = (
    "Church Lane",
    "Victoria Road",
    "Elm Grove",
    "Orchard Close",
    "Queen Street",
    "Meadow View",
    "Chapel Road",
    "Oak Drive",
    "Ash Crescent",
    "Foxglove Way",
)
TOWN_RADIUS_M = 2600.0

# Hour-of-day profiles (24 weights, 00..23) and day-of-week profiles (Mon..Sun).
_H = {
    "night_economy": [
        8,
        6,
        5,
        3,
        1,
        0.5,
        0.3,
        0.3,
        0.3,
        0.3,
        0.4,
        0.5,
        0.7,
        0.8,
        0.8,
        0.9,
        1,
        1.2,
        1.6,
        2.2,
        3.5,
        5,
        7,
        9,
    ],
    "shop_hours": [0, 0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.5, 2.5, 3, 3.5, 3.5, 3.2, 3.3, 3.5, 3, 2, 1, 0.5, 0.1, 0, 0],
    "evening": [
        1.2,
        0.8,
        0.5,
        0.3,
        0.2,
        0.2,
        0.3,
        0.5,
        0.7,
        0.9,
        1,
        1.1,
        1.2,
        1.3,
        1.5,
        2,
        2.6,
        3,
        3.3,
        3.2,
        2.8,
        2.3,
        1.9,
        1.5,
    ],
    "burglary": [
        0.8,
        0.6,
        0.5,
        0.4,
        0.3,
        0.3,
        0.4,
        0.6,
        0.9,
        1.2,
        1.4,
        1.4,
        1.3,
        1.3,
        1.4,
        1.7,
        2.2,
        2.6,
        2.6,
        2.2,
        1.7,
        1.3,
        1.0,
        0.9,
    ],
    "overnight": [
        3,
        3,
        2.8,
        2.5,
        2,
        1.2,
        0.6,
        0.4,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.4,
        0.5,
        0.7,
        1,
        1.4,
        1.8,
        2.2,
        2.6,
        2.8,
        3,
    ],
    "commuter": [
        0.1,
        0,
        0,
        0,
        0,
        0.1,
        0.5,
        2,
        2.5,
        1.5,
        1,
        1,
        1.2,
        1.2,
        1,
        1.2,
        1.8,
        2.5,
        2.2,
        1.2,
        0.6,
        0.4,
        0.3,
        0.2,
    ],
    "daytime": [
        0.3,
        0.2,
        0.1,
        0.1,
        0.1,
        0.2,
        0.4,
        0.8,
        1.2,
        1.5,
        1.6,
        1.7,
        1.8,
        1.8,
        1.7,
        1.7,
        1.8,
        1.8,
        1.6,
        1.3,
        1,
        0.8,
        0.6,
        0.4,
    ],
}
_D = {
    "weekend_nights": [0.5, 0.5, 0.7, 1.0, 2.6, 3.0, 1.2],
    "shop_days": [1, 1, 1, 1, 1.1, 1.4, 0.6],
    "flat": [1, 1, 1, 1, 1, 1, 1],
    "weekend": [0.9, 0.9, 0.9, 1, 1.3, 1.5, 1.2],
    "weekdays": [1.2, 1.2, 1.2, 1.2, 1.1, 0.6, 0.4],
}

#: One row per crime "story": police.uk category, Home Office-like offence types (with shares),
#: share of all crimes, where it happens (place → weight; "background" = anywhere in town),
#: hour profile, day profile.
CRIME_MIX = [
    (
        "Violence and sexual offences",
        (
            ("Assault with injury", 0.35),
            ("Assault without injury", 0.45),
            ("Harassment", 0.15),
            ("Sexual assault", 0.05),
        ),
        0.22,
        {"nte": 0.6, "station": 0.05, "brookfield": 0.05, "castlehill": 0.05, "background": 0.25},
        "night_economy",
        "weekend_nights",
    ),
    (
        "Violence and sexual offences",
        (("Assault without injury", 0.5), ("Harassment", 0.3), ("Stalking", 0.2)),
        0.09,
        {"brookfield": 0.15, "castlehill_b": 0.15, "millbank": 0.15, "background": 0.55},
        "evening",
        "weekend",
    ),
    (
        "Public order",
        (("Public fear, alarm or distress", 0.9), ("Violent disorder", 0.1)),
        0.07,
        {"nte": 0.6, "station": 0.1, "background": 0.3},
        "night_economy",
        "weekend_nights",
    ),
    (
        "Possession of weapons",
        (("Possession of article with blade or point", 0.7), ("Possession of other weapons", 0.3)),
        0.01,
        {"nte": 0.6, "brookfield": 0.2, "background": 0.2},
        "night_economy",
        "weekend_nights",
    ),
    (
        "Shoplifting",
        (("Shoplifting", 1.0),),
        0.10,
        {"shops": 0.55, "retail": 0.4, "background": 0.05},
        "shop_hours",
        "shop_days",
    ),
    (
        "Anti-social behaviour",
        (("Anti-social behaviour - nuisance", 0.8), ("Anti-social behaviour - environmental", 0.2)),
        0.17,
        {
            "nte": 0.15,
            "brookfield": 0.15,
            "brookfield_b": 0.1,
            "castlehill": 0.15,
            "castlehill_b": 0.1,
            "millbank": 0.1,
            "park": 0.15,
            "background": 0.1,
        },
        "evening",
        "weekend",
    ),
    (
        "Burglary",
        (("Burglary - residential", 0.8), ("Burglary - business and community", 0.2)),
        0.06,
        {
            "brookfield": 0.15,
            "brookfield_b": 0.1,
            "castlehill": 0.1,
            "castlehill_b": 0.15,
            "millbank": 0.05,
            "background": 0.45,
        },
        "burglary",
        "flat",
    ),
    (
        "Criminal damage and arson",
        (
            ("Criminal damage to a dwelling", 0.35),
            ("Criminal damage to a vehicle", 0.35),
            ("Other criminal damage", 0.25),
            ("Arson", 0.05),
        ),
        0.08,
        {
            "brookfield": 0.15,
            "brookfield_b": 0.1,
            "castlehill": 0.15,
            "castlehill_b": 0.1,
            "nte": 0.15,
            "background": 0.35,
        },
        "overnight",
        "weekend",
    ),
    (
        "Vehicle crime",
        (("Theft from a vehicle", 0.6), ("Theft of a motor vehicle", 0.25), ("Vehicle interference", 0.15)),
        0.06,
        {"retail": 0.3, "castlehill": 0.2, "station": 0.15, "background": 0.35},
        "overnight",
        "flat",
    ),
    (
        "Drugs",
        (("Possession of cannabis", 0.6), ("Possession of other drugs", 0.25), ("Trafficking of drugs", 0.15)),
        0.03,
        {"brookfield": 0.5, "park": 0.2, "nte": 0.2, "background": 0.1},
        "evening",
        "weekend",
    ),
    (
        "Bicycle theft",
        (("Theft of a pedal cycle", 1.0),),
        0.02,
        {"station": 0.6, "shops": 0.2, "background": 0.2},
        "commuter",
        "weekdays",
    ),
    (
        "Theft from the person",
        (("Theft from the person", 1.0),),
        0.02,
        {"nte": 0.5, "shops": 0.2, "station": 0.2, "background": 0.1},
        "night_economy",
        "weekend_nights",
    ),
    (
        "Robbery",
        (("Robbery of personal property", 0.85), ("Robbery of business property", 0.15)),
        0.012,
        {"nte": 0.4, "station": 0.3, "castlehill": 0.1, "background": 0.2},
        "night_economy",
        "weekend",
    ),
    (
        "Other theft",
        (("Other theft", 0.7), ("Making off without payment", 0.3)),
        0.05,
        {"shops": 0.4, "retail": 0.2, "background": 0.4},
        "daytime",
        "flat",
    ),
    ("Other crime", (("Other crime", 1.0),), 0.008, {"background": 1.0}, "daytime", "weekdays"),
]

#: Wards of the invented town: code, name, seed point offset from the centre.
AREAS = [
    ("HF01", "Hollowford Central", (0, 0)),
    ("HF02", "Station", (700, 600)),
    ("HF03", "Brookfield", (-300, 1650)),
    ("HF04", "Castle Hill", (1550, -1150)),
    ("HF05", "Millbank", (-1650, 400)),
    ("HF06", "Riverside", (-1300, -1000)),
    ("HF07", "Abbey Park", (300, -800)),
    ("HF08", "Northgate", (1400, 1300)),
    ("HF09", "Eastfield", (2000, 150)),
    ("HF10", "Westcote", (-1900, 1500)),
]
#: Survey respondents per area and wave: a few areas stay under the usual threshold of 10.
SURVEY_WAVES = ("2025-10", "2026-03")
PRIORITIES = (
    "Anti-social behaviour",
    "Drug dealing",
    "Speeding traffic",
    "Burglary",
    "Violence in the town centre",
    "Shoplifting",
    "Vandalism",
)

#: Officers with the app (collar number, shift start, shift end as hours of the track day).
APP_OFFICERS = [("4127", 7, 15), ("5310", 7, 15), ("2284", 15, 23), ("6051", 15, 23)]
#: Radios (ISSI, collar number, shift start, shift end).
RADIOS = [("2350417", "7712", 8, 16), ("2350988", "7745", 10, 18), ("2351203", "8830", 16, 24)]
#: What happens to the taskings of the treated places (by rank): the first gets every patrol in full,
#: the second one in full and one in part, the third none at all — met, partly met and not met.
TASKING_OUTCOMES = (("met", "met"), ("met", "partly"), ("missed", "missed"))


@dataclass
class PlannedVisit:
    """Where an officer is sent: fence rank, local start (minutes after midnight of the track day)."""

    officer: str
    rank: int
    start_min: int
    minutes: int
    purpose: str  # "met", "partly" (a tasking), "extra" (untasked patrol), "drive-through"


#: Untasked foot patrols: (fence rank, local start minute, minutes, collar number).
EXTRA_PATROLS = ((3, 9 * 60, 20, "7712"), (1, 14 * 60 - 10, 35, "7745"), (2, 22 * 60, 15, "8830"))
#: One radio goes quiet for twenty minutes (in a building) at this local hour.
RADIO_GAP_COLLAR, RADIO_GAP_START_H = "7745", 14
#: The police station where shifts start and end (offset from the centre).
STATION_OFFSET = (-380.0, 260.0)


@dataclass
class DemoData:
    """Everything the generator makes, as frames (and the areas as shapely polygons)."""

    crimes: pd.DataFrame
    policeuk: pd.DataFrame
    areas: List[Tuple[str, str, Polygon]]
    fences: list
    app_tracks: pd.DataFrame
    radio_tracks: pd.DataFrame
    radio_lookup: pd.DataFrame
    survey: pd.DataFrame
    seed: int
    taskings: list = field(default_factory=list)
    planned_visits: List[PlannedVisit] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Coordinates: British National Grid → WGS84 by PROJ, one operation pinned

#: EPSG's "OSGB36 to WGS 84 (6)" (EPSG:1314, the 7-parameter Helmert, stated accuracy 2 m) after the
#: inverse British National Grid projection: the operation PROJ uses when OS's OSTN15 grid is not
#: installed. Pinned, so a machine that has the grid still writes the same demo files.
BNG_TO_WGS84 = "OSGB36 to WGS 84 (6)"


@lru_cache(maxsize=1)
def _transformer():
    system_data = Path(sys.base_prefix) / "share" / "proj"
    if "PROJ_DATA" not in os.environ and "PROJ_LIB" not in os.environ and (system_data / "proj.db").is_file():
        os.environ["PROJ_DATA"] = str(system_data)  # a venv over the system's Python: PROJ's data are the system's
    import pyproj

    with warnings.catch_warnings():  # PROJ would prefer OSTN15; the pinned operation is chosen on purpose
        warnings.simplefilter("ignore", UserWarning)
        group = pyproj.transformer.TransformerGroup("EPSG:27700", "EPSG:4326", always_xy=True)
    for transformer in group.transformers:
        if BNG_TO_WGS84 in transformer.description:
            return transformer
    raise RuntimeError(f"PROJ offers no '{BNG_TO_WGS84}' operation from EPSG:27700 to EPSG:4326.")


def bng_to_wgs84(easting: np.ndarray, northing: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """British National Grid metres → WGS84 (longitude, latitude) in degrees, by PROJ (:data:`BNG_TO_WGS84`)."""
    lon, lat = _transformer().transform(np.asarray(easting, dtype=float), np.asarray(northing, dtype=float))
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


# ---------------------------------------------------------------------------------------------
# Generation


def _profile(name: Dict[str, list], key: str) -> np.ndarray:
    weights = np.asarray(name[key], dtype=float)
    return weights / weights.sum()


def _town_outline() -> Polygon:
    """The town boundary: a slightly irregular disc around the centre."""
    angles = np.linspace(0, 2 * np.pi, 48, endpoint=False)
    radius = TOWN_RADIUS_M * (1 + 0.08 * np.sin(3 * angles) + 0.05 * np.cos(5 * angles))
    return Polygon(np.column_stack([CENTRE_E + radius * np.cos(angles), CENTRE_N + radius * np.sin(angles)]))


def _half_plane(own: Point, other: Point, extent: float) -> Polygon:
    """The side of the perpendicular bisector of own–other that holds ``own`` (as a large polygon)."""
    mx, my = (own.x + other.x) / 2, (own.y + other.y) / 2
    dx, dy = own.x - other.x, own.y - other.y
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length  # towards own
    px, py = -uy, ux  # along the bisector
    return Polygon(
        [
            (mx + px * extent, my + py * extent),
            (mx + px * extent + ux * extent, my + py * extent + uy * extent),
            (mx - px * extent + ux * extent, my - py * extent + uy * extent),
            (mx - px * extent, my - py * extent),
        ]
    )


def make_areas() -> List[Tuple[str, str, Polygon]]:
    """The invented wards: Voronoi cells around their seed points (by half-planes), clipped to the town."""
    outline = _town_outline()
    seeds = {code: Point(CENTRE_E + dx, CENTRE_N + dy) for code, _, (dx, dy) in AREAS}
    areas = []
    for code, name, _ in AREAS:
        cell = outline
        for other_code, other in seeds.items():
            if other_code != code:
                cell = cell.intersection(_half_plane(seeds[code], other, 4 * TOWN_RADIUS_M))
        rounded = Polygon([(round(x, 1), round(y, 1)) for x, y in cell.exterior.coords])
        areas.append((code, name, rounded.buffer(0)))
    return areas


def _area_of(areas, x: np.ndarray, y: np.ndarray) -> List[str]:
    codes = []
    for px, py in zip(x, y):
        point = Point(px, py)
        codes.append(next((code for code, _, poly in areas if poly.covers(point)), ""))
    return codes


def make_crimes(rng: np.random.Generator, areas) -> pd.DataFrame:
    """Crimes with offence, police.uk category, harm, exact local time and BNG coordinates."""
    outline = _town_outline()
    shares = np.array([row[2] for row in CRIME_MIX])
    counts = rng.multinomial(N_CRIMES, shares / shares.sum())
    rows = []
    for (category, offences, _, places, hours, days), count in zip(CRIME_MIX, counts):
        names = list(places)
        place_p = np.array([places[k] for k in names])
        chosen = rng.choice(len(names), size=count, p=place_p / place_p.sum())
        offence_names = [o for o, _ in offences]
        offence_p = np.array([p for _, p in offences])
        offence_idx = rng.choice(len(offences), size=count, p=offence_p / offence_p.sum())
        # A date with the day-of-week profile, then an hour with the hour profile, then minutes.
        day_weights = np.array([_D[days][(CRIME_START + timedelta(d)).weekday()] for d in range(CRIME_DAYS)])
        day_idx = rng.choice(CRIME_DAYS, size=count, p=day_weights / day_weights.sum())
        hour_idx = rng.choice(24, size=count, p=_profile(_H, hours))
        minute = rng.integers(0, 60, size=count)
        for k in range(count):
            place = names[chosen[k]]
            while True:
                if place == "background":
                    r = TOWN_RADIUS_M * 0.9 * math.sqrt(rng.random())
                    theta = 2 * math.pi * rng.random()
                    x, y = CENTRE_E + r * math.cos(theta), CENTRE_N + r * math.sin(theta)
                    street = BACKGROUND_STREETS[int(rng.integers(len(BACKGROUND_STREETS)))]
                else:
                    dx, dy, spread, streets = PLACES[place]
                    x = CENTRE_E + dx + rng.normal(0, spread)
                    y = CENTRE_N + dy + rng.normal(0, spread)
                    street = streets[int(rng.integers(len(streets)))]
                if outline.contains(Point(x, y)):
                    break
            occurred = datetime.combine(CRIME_START + timedelta(int(day_idx[k])), datetime.min.time()) + timedelta(
                hours=int(hour_idx[k]), minutes=int(minute[k])
            )
            rows.append(
                (occurred, offence_names[offence_idx[k]], category, f"On or near {street}", round(x, 1), round(y, 1))
            )
    frame = pd.DataFrame(rows, columns=["occurred", "offence", "crime_type", "location", "easting", "northing"])
    frame = frame.sort_values(["occurred", "easting", "northing"], kind="mergesort").reset_index(drop=True)
    harm, unknown = load_harm_table().apply(frame["crime_type"])
    if unknown:
        raise ValueError(f"Demo crime types missing from the default harm table: {dict(unknown)}")
    frame["harm"] = harm
    frame["crime_id"] = [f"HF-{i + 1:05d}" for i in range(len(frame))]
    frame["occurred_at"] = frame["occurred"].dt.strftime("%Y-%m-%dT%H:%M:%S")
    frame["weekday"] = frame["occurred"].dt.strftime("%a")
    frame["hour"] = frame["occurred"].dt.hour
    frame["area_code"] = _area_of(areas, frame["easting"].to_numpy(), frame["northing"].to_numpy())
    return frame[
        [
            "crime_id",
            "occurred_at",
            "weekday",
            "hour",
            "offence",
            "crime_type",
            "harm",
            "location",
            "area_code",
            "easting",
            "northing",
        ]
    ]


def to_police_uk(crimes: pd.DataFrame, areas) -> pd.DataFrame:
    """The same crimes as a police.uk street-level CSV would give them (month only, WGS84)."""
    lon, lat = bng_to_wgs84(crimes["easting"].to_numpy(), crimes["northing"].to_numpy())
    names = {code: name for code, name, _ in areas}
    asb = crimes["crime_type"] == "Anti-social behaviour"
    return pd.DataFrame(
        {
            "Crime ID": np.where(asb, "", crimes["crime_id"]),
            "Month": crimes["occurred_at"].str[:7],
            "Reported by": "Hollowford Demo Police",
            "Falls within": "Hollowford Demo Police",
            "Longitude": [f"{v:.6f}" for v in lon],
            "Latitude": [f"{v:.6f}" for v in lat],
            "Location": crimes["location"],
            "LSOA code": crimes["area_code"],
            "LSOA name": [names.get(c, "") for c in crimes["area_code"]],
            "Crime type": crimes["crime_type"],
            "Last outcome category": np.where(asb, "", "Under investigation"),
            "Context": "",
        }
    )


def demo_fences(crimes: pd.DataFrame) -> list:
    """The fences "Load demo" will find: Gi* on the demo crimes then dissolved hot cells (core code)."""
    result = detect_hotspots(
        crimes["easting"].to_numpy(),
        crimes["northing"].to_numpy(),
        crimes["harm"].to_numpy(),
        grid_type="square",
        cell_size=HOTSPOT_PARAMETERS["CELL_SIZE"],
        band=HOTSPOT_PARAMETERS["DISTANCE_BAND"],
        fdr=HOTSPOT_PARAMETERS["FDR"],
    )
    rings = result.grid.cell_rings(result.cell_ids)
    cells = [Polygon(r) for r in rings]
    return fences_from_cells(
        cells,
        result.harm,
        result.n_crimes,
        result.gi_bin >= FENCE_PARAMETERS["MIN_BIN"],
        total_harm=float(result.harm.sum()),
        total_area=float(result.grid.cell_area * result.n_cells),
        top_n=FENCE_PARAMETERS["TOP_N"],
        buffer_m=FENCE_PARAMETERS["BUFFER"],
    )


def _inner(polygon: Polygon) -> Polygon:
    """The polygon shrunk by 8 m (GPS noise should not carry a patrolling officer outside)."""
    inner = polygon.buffer(-8)
    return inner if inner.area > 0 else polygon


def _points_inside(rng: np.random.Generator, polygon: Polygon, n: int) -> List[Tuple[float, float]]:
    inner = _inner(polygon)
    x0, y0, x1, y1 = inner.bounds
    points: List[Tuple[float, float]] = []
    while len(points) < n:
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if inner.contains(Point(x, y)):
            points.append((x, y))
    return points


def demo_schedule(fences) -> list:
    """The track day's taskings, as hotspot:taskingschedule makes them with TASKING_PARAMETERS."""
    places = [Place(str(f.fence_id), float(f.harm)) for f in fences]
    p = TASKING_PARAMETERS
    schedule = generate_schedule(
        places,
        TRACK_DAY,
        TRACK_DAY,
        parse_shifts(p["SHIFTS"]),
        treated_share=p["TREATED_SHARE"],
        patrols_per_day=p["PATROLS_PER_DAY"],
        patrol_min=p["PATROL_MIN"],
        min_gap_min=p["MIN_GAP_MIN"],
        washout_days=p["WASHOUT_DAYS"],
        seed=p["SEED"],
    )
    return list(schedule.taskings)


def _local_minute(moment: datetime) -> int:
    """Minutes after midnight (local wall clock) of the track day of an aware datetime."""
    moment = moment.astimezone(zone(DEFAULT_TIMEZONE))
    return (moment.date() - TRACK_DAY).days * 1440 + moment.hour * 60 + moment.minute


def plan_visits(fences, taskings) -> List[PlannedVisit]:
    """Send officers on duty to the tasked places: some patrols in full, some in part, some missed.

    The lowest-ranked fence is never visited; the top fence also gets an untasked patrol and the
    second a drive-through, as real days do.
    """
    ranks = {str(f.fence_id): f.rank for f in fences}
    never = max(ranks.values())
    duty = [(collar, start_h * 60, end_h * 60) for collar, start_h, end_h in APP_OFFICERS]
    duty += [(collar, start_h * 60, end_h * 60) for _, collar, start_h, end_h in RADIOS]
    visits: List[PlannedVisit] = []

    def free(collar, start, end):
        return all(
            v.officer != collar or end + 40 <= v.start_min or v.start_min + v.minutes + 40 <= start for v in visits
        )

    def assign(rank, start, minutes, purpose, officer=None):
        for collar, on, off in duty:
            if officer is not None and collar != officer:
                continue
            if on + 20 <= start and start + minutes + 20 <= off and free(collar, start, start + minutes):
                visits.append(PlannedVisit(collar, rank, start, minutes, purpose))
                return True
        return False

    treated = sorted(
        (t for t in taskings if t.arm == "treatment" and t.window_start),
        key=lambda t: (t.window_start.timestamp(), t.fence_id),
    )
    treated_ranks = sorted({ranks[str(t.fence_id)] for t in treated})
    seen: Dict[int, int] = {}
    for tasking in treated:
        rank = ranks[str(tasking.fence_id)]
        pattern = TASKING_OUTCOMES[treated_ranks.index(rank) % len(TASKING_OUTCOMES)]
        outcome = pattern[seen.get(rank, 0) % len(pattern)]
        seen[rank] = seen.get(rank, 0) + 1
        if rank == never or outcome == "missed":
            continue
        start = _local_minute(tasking.window_start)
        if outcome == "met":
            # In place a little before the window opens and until after it closes.
            assign(rank, start - 3, int(tasking.minutes) + 6, "met")
        else:
            assign(rank, start + 7, 8, "partly")
    # Untasked presence: PCSOs walking hot spots on their own initiative (one while their radio is
    # silent, so part of that patrol is "no data"), and a car passing through.
    for rank, start, minutes, officer in EXTRA_PATROLS:
        if rank != never and rank in ranks.values():
            assign(rank, start, minutes, "extra", officer)
    assign(1, 13 * 60 + 5, 20, "extra")
    if never != 2:
        assign(2, 10 * 60 + 30, 1, "drive-through")
    visits.sort(key=lambda v: (v.officer, v.start_min))
    return visits


def _elsewhere(rng: np.random.Generator, fences) -> Tuple[float, float]:
    """A place in town at least 350 m from every fence (a call, a break, paperwork)."""
    outline = _town_outline()
    while True:
        r = rng.uniform(600, 2000)
        angle = rng.uniform(0, 2 * math.pi)
        point = Point(CENTRE_E + r * math.cos(angle), CENTRE_N + r * math.sin(angle))
        if outline.contains(point) and all(f.geometry.distance(point) > 350 for f in fences):
            return point.x, point.y


def _itinerary(rng, fences, visits: List[PlannedVisit], start_s: float, end_s: float, base: Tuple[float, float]):
    """Waypoints ``(t_seconds, x, y)`` for one shift: base → (elsewhere → visit)… → base."""
    by_rank = {f.rank: f for f in fences}
    t = start_s
    x, y = base
    points = [(t, x, y)]

    def go(tx, ty, speed):
        nonlocal t, x, y
        t += math.hypot(tx - x, ty - y) / speed
        x, y = tx, ty
        points.append((t, x, y))

    def wait_until(moment):
        nonlocal t
        if moment > t:
            t = moment
            points.append((t, x, y))

    for visit in visits:
        geometry = by_rank[visit.rank].geometry
        arrive = visit.start_min * 60.0
        if visit.purpose == "drive-through":
            cx, cy = geometry.centroid.x, geometry.centroid.y
            near = (cx - 300, cy - 40)
        else:
            entry = _points_inside(rng, geometry, 1)[0]
            near = (entry[0] - 120, entry[1] - 60)
        travel = math.hypot(near[0] - x, near[1] - y) / 9.0 + 180
        if arrive - travel - t > 1800:
            # Time to spare: somewhere else in town first.
            ex, ey = _elsewhere(rng, fences)
            go(ex, ey, 9.0)
            travel = math.hypot(near[0] - x, near[1] - y) / 9.0 + 180
        wait_until(arrive - travel)
        go(near[0], near[1], 9.0)
        if visit.purpose == "drive-through":
            wait_until(arrive)
            go(cx + 300, cy + 40, 8.3)
            continue
        wait_until(arrive - 100)
        go(entry[0], entry[1], 1.4)  # walk in
        inner = _inner(geometry)
        stop = arrive + visit.minutes * 60.0
        while t < stop:
            # Foot patrol at a slow walk, along segments that stay inside the fence.
            for _ in range(50):
                wx, wy = _points_inside(rng, geometry, 1)[0]
                if math.hypot(wx - x, wy - y) < 250 and inner.contains(LineString([(x, y), (wx, wy)])):
                    break
            else:
                wx, wy = entry
            go(wx, wy, 0.7)
        go(near[0], near[1], 1.4)  # walk back to the car
    if end_s - t > 1800:
        ex, ey = _elsewhere(rng, fences)
        go(ex, ey, 9.0)
        wait_until(end_s - 900)
    go(base[0], base[1], 9.0)
    wait_until(end_s)
    return points


def _sample(points, times: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Positions, speeds (m/s) and headings (degrees) at ``times`` along the waypoint polyline."""
    t = np.array([p[0] for p in points])
    px = np.array([p[1] for p in points])
    py = np.array([p[2] for p in points])
    # Waypoints at the same time (a pause start) must stay ordered for interp.
    t = t + np.arange(t.size) * 1e-6
    xs = np.interp(times, t, px)
    ys = np.interp(times, t, py)
    seg = np.clip(np.searchsorted(t, times, side="right") - 1, 0, t.size - 2)
    dx = px[seg + 1] - px[seg]
    dy = py[seg + 1] - py[seg]
    dt = np.maximum(t[seg + 1] - t[seg], 1e-6)
    speed = np.hypot(dx, dy) / dt
    heading = (np.degrees(np.arctan2(dx, dy)) + 360.0) % 360.0
    return xs, ys, speed, heading


def _track_day_local(hour: float) -> datetime:
    """A time on the track day given as local hours, as aware local time (Europe/London)."""
    midnight = wall_to_utc(TRACK_DAY, time(0, 0))
    return (midnight + timedelta(hours=hour)).astimezone(zone(DEFAULT_TIMEZONE))


def make_tracks(
    rng: np.random.Generator, fences, visits: List[PlannedVisit]
) -> Tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """App GPS fixes (WGS84, ISO 8601 with offset), radio reports (BNG, UK day-first local) and lookup."""
    base = (CENTRE_E + STATION_OFFSET[0], CENTRE_N + STATION_OFFSET[1])
    app_rows = []
    for collar, start_h, end_h in APP_OFFICERS:
        own = [v for v in visits if v.officer == collar]
        points = _itinerary(rng, fences, own, start_h * 3600, end_h * 3600, base)
        times = np.arange(start_h * 3600, end_h * 3600, APP_INTERVAL_S, dtype=float)
        times = times + rng.integers(0, 3, size=times.size)  # phones are not exactly regular
        xs, ys, speed, heading = _sample(points, times)
        accuracy = np.clip(rng.gamma(3.0, 2.5, size=times.size), 3, 40)
        xs = xs + rng.normal(0, 1, size=times.size) * accuracy / 2.5
        ys = ys + rng.normal(0, 1, size=times.size) * accuracy / 2.5
        lon, lat = bng_to_wgs84(xs, ys)
        for k in range(times.size):
            stamp = _track_day_local(times[k] / 3600.0)
            app_rows.append(
                (
                    collar,
                    stamp.isoformat(timespec="seconds"),
                    f"{lat[k]:.6f}",
                    f"{lon[k]:.6f}",
                    f"{speed[k] * 3.6:.1f}",
                    f"{heading[k]:.0f}",
                    f"{accuracy[k]:.0f}",
                )
            )
    app = pd.DataFrame(app_rows, columns=["officer_id", "timestamp", "lat", "lon", "speed_kmh", "heading", "accuracy"])
    app = app.sort_values(["timestamp", "officer_id"], kind="mergesort").reset_index(drop=True)

    radio_rows = []
    for issi, collar, start_h, end_h in RADIOS:
        own = [v for v in visits if v.officer == collar]
        points = _itinerary(rng, fences, own, start_h * 3600, end_h * 3600, base)
        times = np.arange(start_h * 3600, end_h * 3600, RADIO_INTERVAL_S, dtype=float)
        times = times + rng.integers(-8, 9, size=times.size)
        if collar == RADIO_GAP_COLLAR:
            # Twenty minutes without reports (a radio in a building): the dwell tools must call it no data.
            gap_start = RADIO_GAP_START_H * 3600
            times = times[(times < gap_start) | (times > gap_start + 1200)]
        xs, ys, _, _ = _sample(points, times)
        xs = xs + rng.normal(0, 6, size=times.size)
        ys = ys + rng.normal(0, 6, size=times.size)
        for k in range(times.size):
            local = _track_day_local(times[k] / 3600.0)
            radio_rows.append((issi, local.strftime("%d/%m/%Y %H:%M:%S"), f"{xs[k]:.0f}", f"{ys[k]:.0f}", local))
    radio = pd.DataFrame(radio_rows, columns=["issi", "time", "easting", "northing", "_order"])
    radio = radio.sort_values(["_order", "issi"], kind="mergesort").drop(columns="_order").reset_index(drop=True)
    lookup = pd.DataFrame({"issi": [r[0] for r in RADIOS], "collar": [r[1] for r in RADIOS]})
    return app, radio, lookup


def make_survey(rng: np.random.Generator, areas, crimes: pd.DataFrame) -> pd.DataFrame:
    """Survey responses: confidence (1–5) lower where harm is high; some areas have few respondents."""
    harm_by_area = crimes.groupby("area_code")["harm"].sum()
    top = float(harm_by_area.max()) if len(harm_by_area) else 1.0
    small = {"HF09", "HF10"}  # too few respondents: shown as suppressed
    rows = []
    for w, wave in enumerate(SURVEY_WAVES):
        for code, _, _ in areas:
            n = int(rng.integers(4, 9)) if code in small else int(rng.integers(18, 45))
            pressure = float(harm_by_area.get(code, 0.0)) / top
            mean = 3.9 - 1.6 * pressure + 0.15 * w
            confidence = np.clip(np.rint(rng.normal(mean, 0.9, size=n)), 1, 5).astype(int)
            agree_p = float(np.clip(0.75 - 0.45 * pressure + 0.05 * w, 0.05, 0.95))
            agree = np.where(rng.random(n) < agree_p, "agree", "disagree")
            weights = np.array(
                [
                    3 + 4 * pressure,
                    1 + 4 * pressure * (code in ("HF03", "HF04")),
                    3,
                    1 + 3 * pressure,
                    1 + 6 * pressure * (code == "HF01"),
                    1 + 2 * (code in ("HF01", "HF06")),
                    2,
                ]
            )
            priority = rng.choice(len(PRIORITIES), size=n, p=weights / weights.sum())
            for k in range(n):
                rows.append((wave, code, int(confidence[k]), agree[k], PRIORITIES[priority[k]]))
    frame = pd.DataFrame(rows, columns=["wave", "area_code", "confidence", "deal_with_matters", "top_priority"])
    frame.insert(0, "response_id", [f"R{i + 1:04d}" for i in range(len(frame))])
    return frame


def generate(seed: int = DEFAULT_SEED) -> DemoData:
    """Build the whole demo data set from ``seed`` (same seed → identical data)."""
    rng = np.random.default_rng(seed)
    areas = make_areas()
    crimes = make_crimes(rng, areas)
    fences = demo_fences(crimes)
    taskings = demo_schedule(fences)
    visits = plan_visits(fences, taskings)
    app, radio, lookup = make_tracks(rng, fences, visits)
    survey = make_survey(rng, areas, crimes)
    return DemoData(
        crimes=crimes,
        policeuk=to_police_uk(crimes, areas),
        areas=areas,
        fences=fences,
        app_tracks=app,
        radio_tracks=radio,
        radio_lookup=lookup,
        survey=survey,
        seed=seed,
        taskings=taskings,
        planned_visits=visits,
    )


# ---------------------------------------------------------------------------------------------
# A year of timed crime for the trends (issue 16), with a planted emerging hot spot

#: 52 weeks, Monday 7 April 2025 to Sunday 5 April 2026 (the 13-week crimes are its last quarter's shape).
YEAR_START = date(2025, 4, 7)
YEAR_WEEKS = 52
#: Crimes kept of each 13-week block of :func:`make_crimes` (four blocks tile the year).
YEAR_KEEP = 0.6
#: The planted emerging hot spot: a new late-night takeaway strip opening in the year's last weeks
#: (offset from the centre in metres, first week with crime, crimes in each week from then on).
TANNERY_ROW = (880.0, -380.0, 40.0, ("Tannery Row",))
TANNERY_FIRST_WEEK = 45
TANNERY_WEEKLY = (4, 6, 8, 10, 12, 14, 16)
#: Crimes found some time after they happened get a from/to window (hours): (shortest, longest).
WINDOW_HOURS = {
    "Burglary": (2, 60),
    "Vehicle crime": (6, 14),
    "Bicycle theft": (1, 9),
    "Criminal damage and arson": (1, 12),
}
YEAR_COLUMNS = ["crime_id", "occurred_from", "occurred_to", "crime_type", "harm", "easting", "northing"]


def make_year_crimes(seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """A year of crimes with from/to windows (``occurred_to`` empty for crimes seen as they happened).

    Four 13-week blocks of :func:`make_crimes` (each a fresh draw, :data:`YEAR_KEEP` of it kept) placed
    one after another, so the town's places, hours and weekdays hold all year; plus the planted hot spot
    at Tannery Row from week :data:`TANNERY_FIRST_WEEK`, growing week by week (an emerging hot spot).
    Drawn from its own random stream, so the other demo files do not change.
    """
    rng = np.random.default_rng([seed, 16])
    areas = make_areas()
    blocks = []
    for block in range(4):
        crimes = make_crimes(rng, areas)
        crimes = crimes[rng.random(len(crimes)) < YEAR_KEEP]
        shift = (YEAR_START + timedelta(weeks=13 * block)) - CRIME_START
        occurred = pd.to_datetime(crimes["occurred_at"]) + shift
        blocks.append(crimes.assign(occurred=occurred)[["occurred", "crime_type", "harm", "easting", "northing"]])
    dx, dy, spread, _ = TANNERY_ROW
    rows = []
    harm_table = load_harm_table()
    for offset, count in enumerate(TANNERY_WEEKLY):
        week_start = YEAR_START + timedelta(weeks=TANNERY_FIRST_WEEK + offset)
        for _ in range(count):
            day = week_start + timedelta(days=int(rng.choice(7, p=[0.08, 0.08, 0.1, 0.12, 0.22, 0.25, 0.15])))
            hour = int(rng.choice(24, p=_profile(_H, "night_economy")))
            moment = datetime.combine(day, time(hour, int(rng.integers(0, 60))))
            kind = "Violence and sexual offences" if rng.random() < 0.6 else "Public order"
            x = CENTRE_E + dx + rng.normal(0, spread)
            y = CENTRE_N + dy + rng.normal(0, spread)
            rows.append((pd.Timestamp(moment), kind, float(harm_table.apply([kind])[0][0]), round(x, 1), round(y, 1)))
    blocks.append(pd.DataFrame(rows, columns=["occurred", "crime_type", "harm", "easting", "northing"]))
    year = pd.concat(blocks, ignore_index=True).sort_values(["occurred", "easting", "northing"], kind="mergesort")
    year = year.reset_index(drop=True)
    starts, ends = [], []
    for moment, kind in zip(year["occurred"], year["crime_type"]):
        window = WINDOW_HOURS.get(kind)
        if window is None:
            starts.append(moment.strftime("%Y-%m-%dT%H:%M:00"))
            ends.append("")
            continue
        hours = float(rng.uniform(*window))
        start = (moment - pd.Timedelta(hours=hours * float(rng.random()))).floor("15min")
        starts.append(start.strftime("%Y-%m-%dT%H:%M:00"))
        ends.append((start + pd.Timedelta(hours=hours)).ceil("15min").strftime("%Y-%m-%dT%H:%M:00"))
    year["occurred_from"] = starts
    year["occurred_to"] = ends
    year["crime_id"] = [f"HY-{i + 1:05d}" for i in range(len(year))]
    return year[YEAR_COLUMNS]


def _areas_geojson(areas) -> str:
    features = [
        {"type": "Feature", "properties": {"area_code": code, "name": name}, "geometry": mapping(poly)}
        for code, name, poly in areas
    ]
    collection = {
        "type": "FeatureCollection",
        "name": "areas",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}},
        "features": features,
    }
    return json.dumps(collection, separators=(",", ":"), sort_keys=False)


def write_demo_data(output_dir: str | Path, seed: int = DEFAULT_SEED) -> Dict[str, Path]:
    """Generate and write the demo files into ``output_dir``; returns ``{key: path}``."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = generate(seed)
    paths = {key: out / name for key, name in FILES.items()}
    csv = {"lineterminator": "\n", "index": False}
    data.crimes.to_csv(paths["crimes"], float_format="%.1f", **csv)
    data.policeuk.to_csv(paths["policeuk"], **csv)
    paths["areas"].write_text(_areas_geojson(data.areas), encoding="utf-8", newline="\n")
    data.app_tracks.to_csv(paths["app_tracks"], **csv)
    data.radio_tracks.to_csv(paths["radio_tracks"], **csv)
    data.radio_lookup.to_csv(paths["radio_lookup"], **csv)
    data.survey.to_csv(paths["survey"], **csv)
    make_year_crimes(seed).to_csv(paths["crimes_year"], float_format="%.1f", **csv)
    return paths


def digest(paths: Sequence[Path]) -> str:
    """SHA-256 over the bytes of ``paths`` in order (to compare two generations)."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(Path(path).name.encode())
        sha.update(Path(path).read_bytes())
    return sha.hexdigest()
