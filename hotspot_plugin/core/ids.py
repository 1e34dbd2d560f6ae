"""Ids, once: how fence, officer, radio and task ids are compared, and keyed pseudonyms.

Ids arrive as integers from one layer, floats from another (``12.0`` from a CSV read by QGIS or
pandas), padded text from a third (``0012``, an ISSI). They are compared as text after
:func:`id_text`, so all of those name the same thing. Outputs keep each id as it was given.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Optional

import numpy as np
import pandas as pd


def is_blank(value: object) -> bool:
    """An empty cell: None, NaN, NaT or text of spaces only."""
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)) and np.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def id_label(value: object) -> Optional[str]:
    """An id as text to show or write: integral numbers lose their ``.0`` (12.0 → ``12``), text is
    trimmed and otherwise kept (``0012`` stays); None for an empty one (None, NaN, blank text)."""
    if is_blank(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return str(int(value)) if float(value).is_integer() else str(float(value))
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def id_text(value: object) -> Optional[str]:
    """The text an id is compared by; None for an empty one.

    :func:`id_label`, and text of digits only loses leading zeros (ISSI ``0012`` = 12), so integer,
    float and padded ids of one thing join.
    """
    text = id_label(value)
    if text is not None and text.isdigit():
        return str(int(text))
    return text


def id_keys(values) -> np.ndarray:
    """:func:`id_text` of each value, as an object array (None where empty)."""
    return np.array([id_text(v) for v in values], dtype=object)


def new_pseudonym_key() -> bytes:
    """A random key for one run: pseudonyms are stable within the run and unlinkable across runs."""
    return secrets.token_bytes(32)


def pseudonymise_ids(ids: pd.Series, key: bytes) -> pd.Series:
    """Keyed pseudonyms (HMAC-SHA256, ``P-`` + 12 hex digits) for ids; the same id gives the same pseudonym."""
    unique = pd.unique(ids.astype(str))
    table = {raw: "P-" + hmac.new(key, raw.encode("utf-8"), hashlib.sha256).hexdigest()[:12] for raw in unique}
    return ids.astype(str).map(table)
