"""Longitude/latitude to British National Grid by OSTN15, through the ``convertbng`` package when installed.

OSTN15 is Ordnance Survey's definitive transformation between ETRS89 (GNSS, WGS 84 to within a metre)
and OSGB36 / British National Grid; the Helmert transformation PROJ falls back to without OS's grid
file is stated by EPSG to be good to a few metres only. PROJ uses OSTN15 when its grid file
(``uk_os_OSTN15_NTv2_OSGBtoETRS.tif``) is installed; when it is not, the plugin's own imports use
``convertbng`` (S. Hügel's implementation of OSTN15, https://github.com/urschrei/convertbng) if it
is installed. Nothing here is required: without it callers fall back to PROJ's Helmert and say so.
"""

from __future__ import annotations

from typing import Optional, Tuple

import numpy as np

#: What the log and metadata say about this path (OS publishes OSTN15's fit to ETRS89 as 0.1 m;
#: GNSS/WGS 84 coordinates are taken as ETRS89, which they match to within about a metre in Britain).
OSTN15_ACCURACY_M = 1.0


def ostn15_package() -> Optional[str]:
    """``"convertbng <version>"`` when the package can be used here, else None."""
    try:
        from convertbng import util  # noqa: F401
    except Exception:  # noqa: BLE001 - a broken install (e.g. built for another numpy) is the same as none
        return None
    try:
        from importlib.metadata import version

        return f"convertbng {version('convertbng')}"
    except Exception:  # noqa: BLE001
        return "convertbng"


def lonlat_to_bng(lon, lat) -> Tuple[np.ndarray, np.ndarray]:
    """Easting and northing (EPSG:27700, metres) of WGS 84 / ETRS89 longitudes and latitudes (degrees).

    Points outside OSTN15's coverage come back as NaN. Raises ImportError without ``convertbng``.
    """
    from convertbng.util import convert_bng

    lon = np.ascontiguousarray(lon, dtype=float)
    lat = np.ascontiguousarray(lat, dtype=float)
    if lon.size == 0:
        return np.zeros(0), np.zeros(0)
    easting, northing = convert_bng(lon, lat)
    easting = np.asarray(easting, dtype=float)
    northing = np.asarray(northing, dtype=float)
    # convertbng marks points it cannot transform with NaN (or 9999 in old releases).
    bad = ~np.isfinite(easting) | ~np.isfinite(northing) | (easting == 9999) | (northing == 9999)
    easting[bad] = np.nan
    northing[bad] = np.nan
    return easting, northing
