"""Disclosure control for survey outputs: the cell key method (DOMAIN.md §7).

Suppression alone fails against differencing: two runs over overlapping area layers (an LSOA, and
an area that is that LSOA plus a suppressed neighbour) give the suppressed area's count and mean by
subtraction. The cell key method stops this by adding small noise to every published figure, noise
that depends only on *which* responses make up the figure, so the same figure always gets the same
noise, whatever run, area layer or question order it appears in, and two figures that differ by a
few responses get independent noise.

Method (ONS, Census 2021; first developed at the Australian Bureau of Statistics):

* every response gets a fixed random **record key**, an integer 0–255, here the first byte of a keyed
  BLAKE2b hash of the response's identity (its id field, or its whole row) under a secret the analyst
  keeps, one key per published statistic (the response count, and each question);
* a figure's **cell key** is the sum of its responses' record keys modulo 256;
* the noise is looked up in a **perturbation table** (ptable) by the cell key and the cell value
  (``pcv``: the count, or for counts over 750 the ONS loop ``(n − 1) mod 250 + 501``).

Sources: ONS, *Protecting personal data in Census 2021 results* (2023), www.ons.gov.uk ›
populationandmigration › populationestimates › methodologies › protectingpersonaldataincensus2021results;
ONS Statistical Methods Library, *Cell Key Perturbation* (record keys 0–255, cell key = sum mod 256,
ptable looked up on pcv and ckey, pcv looping 501–750), https://github.com/ONSdigital/cell-key-perturbation ;
Thompson, Broadfoot and Elazar (2013), *Methodology for the automatic confidentialisation of
statistical outputs from remote servers at the Australian Bureau of Statistics*, UNECE work session
on statistical data confidentiality, and its magnitude ("top contributor") perturbation, on which the
noise for sums below is modelled.

What this module adds to counts (ONS) is noise for **sums** (means and shares): the sum of a
question's answers in a cell gets ``width × v``, ``v`` looked up like the count noise from a second
table of 256 values spread evenly over (−1, 1); ``width`` is the range of one answer (the scale's
width, or 1 for "gave the most common answer"). So no sum can be differenced to within one response's
answer, and a published mean lies within ``width / n`` of the true mean (n valid answers).

The ptables here are fixed and public; the protection rests on the record keys, which nobody can
compute without the secret.
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import cache
from typing import Dict, Iterable, Optional, Sequence, Tuple

import numpy as np

from .errors import HotspotInputError

#: Record keys are integers 0 … KEY_RANGE − 1 (ONS Census 2021 used 0–255).
KEY_RANGE = 256
#: Count noise and how many of the 256 cell keys give it (probabilities 0.10, 0.20, 0.40, 0.20, 0.10):
#: unbiased, variance 1.2, at most ±2.
COUNT_NOISE: Dict[int, int] = {-2: 26, -1: 51, 0: 102, 1: 51, 2: 26}
COUNT_NOISE_MAX = max(abs(p) for p in COUNT_NOISE)
#: The ONS ptable has rows for cell values 0–750; larger counts reuse rows 501–750 in a loop.
PCV_MAX = 750
PCV_LOOP_START = 501
PCV_LOOP = 250
#: Labels of the record-key streams: one for every count, one per question for its sums.
COUNT_STREAM = "count"
#: Field names never part of a response's identity: feature ids the provider or format adds.
ID_LIKE_FIELDS = frozenset({"fid", "ogc_fid", "objectid", "gid"})
#: Smallest key file accepted (bytes): shorter secrets are guessable.
MIN_SECRET_BYTES = 16

_INTEGER_TEXT = re.compile(r"^[+-]?\d+$")


def pcv(cell_value: int) -> int:
    """The ptable row of a cell value: the value itself up to 750, then rows 501–750 in a loop (ONS)."""
    value = int(cell_value)
    if value <= PCV_MAX:
        return value
    return (value - 1) % PCV_LOOP + PCV_LOOP_START


def _scramble(table: str, row: int) -> np.ndarray:
    """A fixed permutation of 0…255 for one ptable row, from SHA-256 (the same on every machine and version).

    Spreading each noise value over scattered cell keys (rather than in one run of keys) keeps the noise
    of a cell and of that cell plus a few responses unrelated.
    """
    digests = [hashlib.sha256(f"hotspot-ckm/{table}/{row}/{j}".encode()).digest() for j in range(KEY_RANGE)]
    return np.array(sorted(range(KEY_RANGE), key=lambda j: digests[j]), dtype=np.int64)


@cache
def count_ptable_row(row: int) -> np.ndarray:
    """Count noise for each of the 256 cell keys in ptable row ``row`` (integers −2…+2, read-only)."""
    values = np.concatenate([np.full(times, noise, dtype=np.int64) for noise, times in sorted(COUNT_NOISE.items())])
    out = np.empty(KEY_RANGE, dtype=np.int64)
    out[_scramble("count", row)] = values
    out.setflags(write=False)
    return out


@cache
def magnitude_ptable_row(row: int) -> np.ndarray:
    """Sum noise factors ``v`` for each cell key in row ``row``: the 256 values (2j + 1)/256 − 1, scrambled."""
    values = (2.0 * np.arange(KEY_RANGE) + 1.0) / KEY_RANGE - 1.0
    out = np.empty(KEY_RANGE, dtype=float)
    out[_scramble("magnitude", row)] = values
    out.setflags(write=False)
    return out


#: Variance of the sum noise factor v (≈ 1/3, that of a uniform on (−1, 1)).
MAGNITUDE_VARIANCE = float(np.var(magnitude_ptable_row(0)))
#: Largest |v|: a published mean is within width × MAGNITUDE_MAX / n of the true mean.
MAGNITUDE_MAX = float(np.max(np.abs(magnitude_ptable_row(0))))


# ------------------------------------------------------------------------------------------ identities


def canonical_value(value) -> str:
    """One attribute value as stable text, so that the same row gives the same identity however it is read.

    A CSV read as text (``"3"``, ``"007"``, ``"2.50"``) and the same CSV read with detected types (3, 7, 2.5)
    give the same text; missing values give ``""``.
    """
    if value is None:
        return ""
    if hasattr(value, "isNull"):
        try:
            if value.isNull():
                return ""
        except TypeError:
            pass
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if not math.isfinite(number):
            return ""
        return str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)
    text = str(value).strip()
    if _INTEGER_TEXT.match(text):
        return str(int(text))
    try:
        number = float(text)
    except ValueError:
        return text
    if not math.isfinite(number):
        return text
    return str(int(number)) if number.is_integer() and abs(number) < 2**53 else repr(number)


def row_identity(named_values: Iterable[Tuple[str, object]]) -> str:
    """A response's identity from all its attributes: ``name=value`` pairs sorted by lower-case name.

    Feature-id fields (ID_LIKE_FIELDS) are left out, since a GeoPackage copy of a CSV adds one.
    """
    pairs = sorted(
        (str(name).strip().lower(), canonical_value(value))
        for name, value in named_values
        if str(name).strip().lower() not in ID_LIKE_FIELDS
    )
    return "\x1e".join(f"{name}\x1f{value}" for name, value in pairs)


def id_identity(value) -> Optional[str]:
    """A response's identity from its id field; None when the id is missing."""
    text = canonical_value(value)
    return f"id\x1f{text}" if text else None


def secret_from_bytes(data: bytes, source: str = "the key") -> bytes:
    """The 32-byte hashing key from a secret (a key file's bytes); refuses secrets too short to be safe."""
    if len(data.strip()) < MIN_SECRET_BYTES:
        raise HotspotInputError(
            f"{source} holds fewer than {MIN_SECRET_BYTES} bytes: a perturbation key must be long and random. "
            "Use a file of at least 32 random characters, or leave the key empty to use this QGIS profile's key."
        )
    return hashlib.sha256(b"hotspot-ckm/secret/" + data.strip()).digest()


# ----------------------------------------------------------------------------------------- perturbation


class CellKeyPerturbation:
    """Record keys for a set of responses, and the cell key noise of any set of them.

    ``identities``: one text per response (row_identity or id_identity), in the order the aggregation
    indexes them. ``secret``: 32 bytes (secret_from_bytes). Record keys are computed once per stream.
    """

    def __init__(self, identities: Sequence[str], secret: bytes):
        if len(secret) < MIN_SECRET_BYTES:
            raise HotspotInputError("The perturbation secret is too short.")
        self._base = [
            hashlib.blake2b(identity.encode("utf-8"), key=secret, digest_size=16).digest() for identity in identities
        ]
        self._keys: Dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._base)

    def record_keys(self, stream: str = COUNT_STREAM) -> np.ndarray:
        """The record key (0–255) of every response for one statistic ``stream``."""
        keys = self._keys.get(stream)
        if keys is None:
            label = b"\x00" + stream.encode("utf-8")
            keys = np.fromiter(
                (hashlib.blake2b(base + label, digest_size=1).digest()[0] for base in self._base),
                dtype=np.int64,
                count=len(self._base),
            )
            self._keys[stream] = keys
        return keys

    def cell_key(self, members: Sequence[int], stream: str = COUNT_STREAM) -> int:
        """Sum of the members' record keys modulo 256."""
        if len(members) == 0:
            return 0
        return int(self.record_keys(stream)[np.asarray(members, dtype=np.int64)].sum() % KEY_RANGE)

    def count_noise(self, members: Sequence[int]) -> int:
        """The ptable noise (−2…+2) of the count of ``members``; 0 for an empty set (zeros stay zeros)."""
        n = len(members)
        if n == 0:
            return 0
        return int(count_ptable_row(pcv(n))[self.cell_key(members, COUNT_STREAM)])

    def count(self, members: Sequence[int], floor: int = 1) -> int:
        """The published count of ``members``: true count plus its noise, never below ``floor``; 0 stays 0.

        ``floor`` is the suppression threshold for area counts (a published area never shows fewer
        than k responses) and 1 for counts of problems (a problem found is never reported as none).
        """
        n = len(members)
        if n == 0:
            return 0
        return max(n + self.count_noise(members), floor)

    def sum_noise(self, members: Sequence[int], stream: str) -> float:
        """The factor ``v`` in (−1, 1) for the sum over ``members`` of statistic ``stream``; 0 for no members."""
        n = len(members)
        if n == 0:
            return 0.0
        return float(magnitude_ptable_row(pcv(n))[self.cell_key(members, stream)])


def question_stream(name: str) -> str:
    """The record-key stream of a question's sums, from its field name (so question order does not matter)."""
    return "q:" + str(name).strip().lower()


def tolerance_text(min_respondents: int) -> str:
    """The stated tolerance of published values, for the log, metadata and README."""
    k = int(min_respondents)
    return (
        f"response counts within ±{COUNT_NOISE_MAX} of the true count and never below {k}; a mean within "
        "(scale width)/n of the true mean, e.g. ±0.4 on a 1–5 scale at n = 10 valid answers and ±0.08 at n = 50; "
        "a share within 100/n percentage points (n valid answers). Intervals include the noise."
    )
