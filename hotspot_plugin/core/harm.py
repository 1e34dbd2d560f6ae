"""Harm weights per crime type (Cambridge Crime Harm Index style).

A harm table is a CSV with at least ``crime_type`` and ``weight`` columns; the shipped default
(``resources/harm/default_harm_weights.csv``) covers the 14 police.uk crime types and states a
source for every value. Every shipped value is an approximation that forces should replace.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Optional, Tuple

import numpy as np

from .errors import HotspotInputError
from .resources import resource_path

DEFAULT_HARM_TABLE = resource_path("harm", "default_harm_weights.csv")


def _normalise(name: str) -> str:
    return " ".join(str(name).strip().lower().split())


@dataclass
class HarmTable:
    """Crime type → harm weight (days of custody or any non-negative scale)."""

    weights: Dict[str, float]
    sources: Dict[str, str] = field(default_factory=dict)
    path: Optional[str] = None
    _lookup: Dict[str, float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lookup = {_normalise(k): float(v) for k, v in self.weights.items()}

    def weight(self, crime_type: str) -> Optional[float]:
        """Weight of a crime type (case and spacing ignored), or None when the table lacks it."""
        return self._lookup.get(_normalise(crime_type))

    def apply(self, crime_types: Iterable[str]) -> Tuple[np.ndarray, Counter]:
        """Weights for a sequence of crime types.

        Returns ``(harm, unknown)``: harm is a float array with NaN where the type is not in the
        table; ``unknown`` counts those types so callers can report them.
        """
        types = list(crime_types)
        harm = np.full(len(types), np.nan)
        unknown: Counter = Counter()
        for i, crime_type in enumerate(types):
            value = self.weight(crime_type) if crime_type is not None else None
            if value is None:
                unknown[str(crime_type) if crime_type not in (None, "") else "(blank)"] += 1
            else:
                harm[i] = value
        return harm, unknown


def load_harm_table(path: Optional[str | Path] = None) -> HarmTable:
    """Read a harm table CSV (``crime_type,weight[,source,...]``); the shipped default when None.

    Raises :class:`HotspotInputError` naming the file and line for a missing column, a weight that
    is not a number, a negative weight or a repeated crime type.
    """
    table_path = Path(path) if path else DEFAULT_HARM_TABLE
    if not table_path.is_file():
        raise HotspotInputError(f"Harm table {table_path} does not exist. Choose an existing CSV file.")
    try:
        with open(table_path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = {(c or "").strip().lower(): c for c in (reader.fieldnames or [])}
            if "crime_type" not in columns or "weight" not in columns:
                raise HotspotInputError(
                    f"Harm table {table_path.name} needs the columns crime_type and weight "
                    f"(found: {', '.join(reader.fieldnames or []) or 'none'}). "
                    "Rename its columns or start from the shipped default_harm_weights.csv."
                )
            weights: Dict[str, float] = {}
            sources: Dict[str, str] = {}
            for line_no, row in enumerate(reader, start=2):
                crime_type = (row.get(columns["crime_type"]) or "").strip()
                raw = (row.get(columns["weight"]) or "").strip()
                if not crime_type and not raw:
                    continue
                try:
                    value = float(raw)
                except ValueError:
                    raise HotspotInputError(
                        f"Harm table {table_path.name}, line {line_no}: weight '{raw}' for "
                        f"'{crime_type}' is not a number. Enter a number of 0 or more."
                    ) from None
                if not np.isfinite(value) or value < 0:
                    raise HotspotInputError(
                        f"Harm table {table_path.name}, line {line_no}: weight {raw} for "
                        f"'{crime_type}' is negative or not finite. Harm weights must be 0 or more."
                    )
                if _normalise(crime_type) in {_normalise(k) for k in weights}:
                    raise HotspotInputError(
                        f"Harm table {table_path.name}, line {line_no}: '{crime_type}' appears twice. "
                        "Keep one weight per crime type."
                    )
                weights[crime_type] = value
                if "source" in columns:
                    sources[crime_type] = (row.get(columns["source"]) or "").strip()
    except UnicodeDecodeError:
        raise HotspotInputError(f"Harm table {table_path.name} is not UTF-8 text. Save it as CSV (UTF-8).") from None
    if not weights:
        raise HotspotInputError(f"Harm table {table_path.name} has no rows. Add crime_type,weight rows.")
    return HarmTable(weights=weights, sources=sources, path=str(table_path))
