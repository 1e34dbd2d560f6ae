"""The Hollowford teaching demo as the plugin ships it: its files and the settings "Load demo" runs with.

The data in ``resources/demo/`` are made offline by ``scripts/demo_data/hollowford.py`` (seeded;
``make demo-data``), which takes these settings from here so that the fences and taskings the
officers were sent to are the ones the demo chain finds. Nothing here generates anything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .resources import resource_path

TOWN_NAME = "Hollowford"
#: The policing day with officer tracks (a Friday, after the clocks went forward: BST, UTC+1).
TRACK_DAY = date(2026, 4, 10)

FILES = {
    "crimes": "crimes.csv",
    "policeuk": "crimes_policeuk.csv",
    "areas": "areas.geojson",
    "app_tracks": "app_tracks.csv",
    "radio_tracks": "radio_tracks.csv",
    "radio_lookup": "radio_lookup.csv",
    "survey": "survey.csv",
    "crimes_year": "crimes_year.csv",
}

#: Parameters "Load demo" and the tests use, so the fences the officers were sent to are the fences
#: the plugin finds (hotspot:harmhotspots then hotspot:geofencesfromhotspots).
HOTSPOT_PARAMETERS = {"CELL_SIZE": 150.0, "DISTANCE_BAND": 150.0, "GRID_TYPE": 0, "FDR": True}
FENCE_PARAMETERS = {"MIN_BIN": 2, "TOP_N": 8, "BUFFER": 10.0, "SIMPLIFY": 0.0, "MIN_AREA": 0.0}
#: The demo's tasking schedule (hotspot:taskingschedule on the demo fences for the track day), so
#: the officers can be sent to the tasked places at the tasked times.
TASKING_PARAMETERS = {
    "SHIFTS": "07:00-15:00,15:00-23:00",
    "TREATED_SHARE": 0.6,
    "PATROLS_PER_DAY": 2,
    "PATROL_MIN": 15,
    "MIN_GAP_MIN": 60,
    "WASHOUT_DAYS": 0,
    "SEED": 1,
}


def demo_dir() -> Path:
    """Where the shipped demo data live."""
    return resource_path("demo")


#: The trends of "Load demo" (issue 16): emerging hot spots on the year of timed crime (crimes_year.csv),
#: weekly, on the same cells as the hot spots above.
EMERGING_PARAMETERS = {
    "TIME_FIELD": "occurred_from",
    "HARM_FIELD": "harm",
    "GRID_TYPE": 0,
    "CELL_SIZE": 150.0,
    "DISTANCE_BAND": 150.0,
    "TIME_STEP": 1,
    "TIME_NEIGHBOURS": 1,
}
