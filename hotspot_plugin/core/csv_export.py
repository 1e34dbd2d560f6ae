"""Writing CSV files that are safe to open in a spreadsheet (DOMAIN.md §8)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Iterable, Sequence, Union

#: A cell starting with one of these can run as a formula in Excel, LibreOffice or Google Sheets
#: (OWASP "CSV injection"); tab and carriage return are included because spreadsheets strip them first.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def safe_csv_cell(value) -> str:
    """The text to write for ``value``: empty for None; a leading ``'`` when text could run as a formula.

    Numbers (and text that is only a number, such as ``-3.5``) are written as they are, since a
    spreadsheet cannot read them as a formula.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and not value.is_integer() else str(value)
    text = str(value)
    if text.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def write_csv(path: Union[str, Path], header: Sequence[str], rows: Iterable[Sequence]) -> Path:
    """Write ``rows`` under ``header`` as UTF-8 CSV, every cell through :func:`safe_csv_cell`."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([safe_csv_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_csv_cell(v) for v in row])
    return path
