"""Reading police.uk street-level crime CSVs (https://data.police.uk/docs/method/crime-street/).

The file has one row per crime or anti-social behaviour report, a month (``YYYY-MM``, no day or
time), and WGS84 coordinates snapped to anonymised map points; some rows have no coordinates.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import HotspotInputError
from .harm import HarmTable
from .progress import ProgressCallback, report

#: Rows read per chunk: cancel and progress are checked between chunks.
CHUNK_ROWS = 50_000

#: police.uk column → output field name.
COLUMNS = {
    "Crime ID": "crime_id",
    "Month": "month",
    "Crime type": "crime_type",
    "Location": "location",
    "LSOA code": "lsoa_code",
    "Last outcome category": "outcome",
}
REQUIRED = ["Month", "Longitude", "Latitude", "Crime type"]
OUTPUT_FIELDS = ["crime_id", "month", "crime_type", "location", "lsoa_code", "outcome", "harm"]


@dataclass
class PoliceUkImport:
    """Result of :func:`read_police_uk`: records with coordinates, and what was skipped."""

    records: pd.DataFrame  #: OUTPUT_FIELDS plus ``lon``, ``lat`` (WGS84 degrees)
    n_rows: int
    n_no_coordinates: int
    n_bad_coordinates: int
    unknown_types: Counter = field(default_factory=Counter)


def _read_csv(path: Path, progress: ProgressCallback) -> pd.DataFrame:
    """The whole CSV as text columns, read in chunks so that ``progress`` can stop it early."""
    size = max(path.stat().st_size, 1)
    chunks = []
    with open(path, "rb") as handle:
        report(progress, 0.0)
        reader = pd.read_csv(handle, dtype=str, keep_default_na=False, encoding="utf-8-sig", chunksize=CHUNK_ROWS)
        for chunk in reader:
            chunks.append(chunk)
            report(progress, 0.9 * handle.tell() / size)
    if not chunks:
        raise pd.errors.EmptyDataError("No columns to parse from file")
    return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]


def read_police_uk(path: str | Path, harm_table: HarmTable, progress: ProgressCallback = None) -> PoliceUkImport:
    """Read a police.uk street-level CSV and attach a harm weight to each record.

    Rows with no coordinates are skipped and counted; rows whose coordinates are not numbers or lie
    outside -180..180 / -90..90 are skipped and counted separately. Crime types missing from the
    harm table keep a NULL (NaN) harm and are counted in ``unknown_types``. ``progress(fraction)``
    is called while reading; returning False stops with :class:`Cancelled`.
    """
    path = Path(path)
    if not path.is_file():
        raise HotspotInputError(f"{path} does not exist. Choose a police.uk street-level CSV file.")
    try:
        frame = _read_csv(path, progress)
    except UnicodeDecodeError:
        raise HotspotInputError(f"{path.name} is not UTF-8 text: is it really a police.uk CSV?") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise HotspotInputError(
            f"{path.name} could not be read as CSV ({str(exc).strip()}). "
            "Download the street-level CSV again from data.police.uk."
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise HotspotInputError(
            f"{path.name} is not a police.uk street-level CSV: it lacks the column(s) "
            f"{', '.join(missing)}. Expected columns include: Crime ID, Month, Longitude, Latitude, "
            "Location, LSOA code, Crime type, Last outcome category."
        )
    n_rows = len(frame)
    lon_text = frame["Longitude"].str.strip()
    lat_text = frame["Latitude"].str.strip()
    no_coords = (lon_text == "") | (lat_text == "")
    lon = pd.to_numeric(lon_text.where(~no_coords), errors="coerce")
    lat = pd.to_numeric(lat_text.where(~no_coords), errors="coerce")
    bad = ~no_coords & (lon.isna() | lat.isna() | (lon.abs() > 180) | (lat.abs() > 90))
    keep = ~no_coords & ~bad

    kept = frame.loc[keep]
    records = pd.DataFrame(
        {out: (kept[col].str.strip() if col in kept.columns else "") for col, out in COLUMNS.items()}
    )
    harm, unknown = harm_table.apply(records["crime_type"].tolist())
    records["harm"] = harm
    records["lon"] = lon[keep].to_numpy(dtype=float)
    records["lat"] = lat[keep].to_numpy(dtype=float)
    records = records.reset_index(drop=True)
    report(progress, 1.0)
    return PoliceUkImport(
        records=records,
        n_rows=n_rows,
        n_no_coordinates=int(no_coords.sum()),
        n_bad_coordinates=int(bad.sum()),
        unknown_types=unknown,
    )


def month_range(records: pd.DataFrame) -> str:
    """'2018-06' or '2018-01 to 2018-06' for the months present."""
    months = sorted(m for m in records["month"].unique() if m)
    if not months:
        return "no month"
    return months[0] if len(months) == 1 else f"{months[0]} to {months[-1]}"
