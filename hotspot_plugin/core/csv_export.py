"""CSV files that are safe to open in a spreadsheet (DOMAIN.md §8), written whole or not at all.

One rule for every CSV the plugin produces — this writer, the docks' exports and every Processing
output whose destination is a ``.csv`` (``qgis_io/outputs.py`` applies :func:`neutralise` to the
text fields of those layers): a **text** value that starts with ``= + - @``, tab, carriage return or
line feed gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead
of running it as a formula (OWASP "CSV injection"). Numbers are written as numbers. A text value
that merely looks like a number (an officer id ``+44123``, a code ``-12``) is still text and is
neutralised: only the value's type decides, never its spelling.
"""

from __future__ import annotations

import csv
import io
import numbers
from pathlib import Path
from typing import Iterable, Sequence, Union

from .atomic_files import write_bytes_atomic

#: A text cell starting with one of these can run as a formula in a spreadsheet; tab and carriage
#: return are included because spreadsheets strip them before looking for a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
#: What a neutralised cell starts with (the spreadsheet convention for "this is text").
NEUTRAL_PREFIX = "'"


def neutralise(text: str) -> str:
    """``text`` with a leading apostrophe when it could run as a formula, else unchanged."""
    return NEUTRAL_PREFIX + text if text.startswith(FORMULA_PREFIXES) else text


def safe_csv_cell(value) -> str:
    """The text to write for ``value``: empty for None; numbers as they are; text through :func:`neutralise`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        return repr(value) if not value.is_integer() else str(value)
    if isinstance(value, numbers.Number):  # e.g. Decimal
        return str(value)
    return neutralise(str(value))


def write_csv(path: Union[str, Path], header: Sequence[str], rows: Iterable[Sequence]) -> Path:
    """Write ``rows`` under ``header`` as UTF-8 CSV, every cell through :func:`safe_csv_cell`.

    The file is replaced only when complete (an existing file stays as it was if anything fails);
    a folder that cannot be written to is a :class:`~hotspot_plugin.core.errors.HotspotInputError`.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([safe_csv_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_csv_cell(v) for v in row])
    return write_bytes_atomic(path, buffer.getvalue().encode("utf-8"))
