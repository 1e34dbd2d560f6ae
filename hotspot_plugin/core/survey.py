"""Community survey responses aggregated to areas, with suppression and cell key perturbation (DOMAIN.md §7–8).

Responses are linked to an area by an area code, by coordinates (point in polygon) or by a
postcode through a user-supplied lookup. Per area (and per survey wave) the module computes the
number of responses, for numeric questions the mean with a Student t confidence interval, for
categorical questions the most common answer and its share with a Wilson score interval, the
change in mean between consecutive waves (Welch interval), and, given hot spot cells, the harm in
each area and a high/low harm × high/low score "priority place" class.

Suppression: an area (or area and wave) with fewer than ``min_respondents`` linked responses is
*suppressed*: every value, including the response count itself, is ``None``. A question answered
validly by fewer than ``min_respondents`` people in a published area is withheld (``None``) too.

Disclosure control: suppression alone fails against differencing (an area published in one run
and the same area plus a suppressed neighbour in another give the neighbour by subtraction), so
every published count, mean and share carries cell key noise (disclosure.py, the ONS Census 2021
method): the same responses always get the same noise, and the intervals include it. Nothing here
returns or logs an individual response or a total of responses that a reader could set against the
published counts.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

import numpy as np
from scipy import stats

from .disclosure import MAGNITUDE_VARIANCE, CellKeyPerturbation, question_stream, tolerance_text
from .errors import HotspotInputError
from .progress import ProgressCallback, report

#: Default threshold below which an area is suppressed (DOMAIN.md §7).
MIN_RESPONDENTS = 10
#: Default confidence level of every interval.
CONFIDENCE = 0.95
#: Answer scales tried, smallest first, when a numeric question's scale is inferred.
STANDARD_SCALES: Tuple[Tuple[float, float], ...] = ((1.0, 5.0), (1.0, 7.0), (1.0, 10.0), (0.0, 10.0))
#: Share of numeric answers a standard scale must hold to be taken as the question's scale.
SCALE_COVERAGE = 0.9
#: Codes surveys use for "don't know" / "refused"; left out when the scale is inferred, so that many
#: 9s on a 1–5 question do not stretch its scale to 1–10 (on a scale that includes them they stay valid).
DONT_KNOW_CODES = frozenset({-9.0, -8.0, -7.0, -1.0, 9.0, 97.0, 98.0, 99.0, 999.0})
#: Share of answers that must be numbers for a question to be treated as numeric.
NUMERIC_SHARE = 0.8

#: Priority-place classes (bivariate: harm above/below the median × score below/above the median).
PRIORITY_LOW_HARM_HIGH_SCORE = 1
PRIORITY_LOW_HARM_LOW_SCORE = 2
PRIORITY_HIGH_HARM_HIGH_SCORE = 3
PRIORITY_HIGH_HARM_LOW_SCORE = 4
PRIORITY_LABELS = {
    PRIORITY_HIGH_HARM_LOW_SCORE: "High harm, low score: priority place",
    PRIORITY_HIGH_HARM_HIGH_SCORE: "High harm, high score",
    PRIORITY_LOW_HARM_LOW_SCORE: "Low harm, low score",
    PRIORITY_LOW_HARM_HIGH_SCORE: "Low harm, high score",
}

_POSTCODE = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$")
_POSTCODE_COLUMNS = ("pcds", "postcode", "pcd", "pcd7", "pcd8", "pcd2", "post_code", "postcodes")


# --------------------------------------------------------------------------------------------- values


def is_missing(value) -> bool:
    """True for None, NaN, empty text and QGIS NULL-like objects (anything with ``isNull()``)."""
    if value is None:
        return True
    if hasattr(value, "isNull"):
        try:
            return bool(value.isNull())
        except TypeError:
            return False
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return False


def normalise_code(value) -> Optional[str]:
    """An area code for matching: text, trimmed, upper case; whole floats lose their ``.0``."""
    if is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().upper()
    return text or None


def normalise_postcode(value) -> Optional[str]:
    """A UK postcode in standard form (upper case, one space before the 3-character inward code).

    Returns None when the value is empty or is not shaped like a UK postcode (``"ox1 2jd"`` →
    ``"OX1 2JD"``, ``"OX12JD"`` → ``"OX1 2JD"``, ``"OX1"`` → None).
    """
    if is_missing(value):
        return None
    compact = re.sub(r"\s+", "", str(value)).upper()
    if not _POSTCODE.match(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def as_number(value) -> Optional[float]:
    """A finite float from a number or numeric text; None otherwise."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def field_key(name: str, taken: Optional[Set[str]] = None) -> str:
    """A field-name prefix for a question: lower case, ``_`` for other characters, unique in ``taken``."""
    key = re.sub(r"[^0-9a-z]+", "_", str(name).lower()).strip("_") or "q"
    if key[0].isdigit():
        key = f"q_{key}"
    if taken is not None:
        base, n = key, 2
        while key in taken:
            key = f"{base}_{n}"
            n += 1
        taken.add(key)
    return key


# ----------------------------------------------------------------------------------------- intervals


def _t_quantile(confidence: float, df: float) -> float:
    return float(stats.t.ppf(0.5 + confidence / 2.0, df))


def t_interval_stats(
    mean: float, variance: float, n: int, confidence: float = CONFIDENCE, extra_variance: float = 0.0
) -> Tuple[float, Optional[float], Optional[float]]:
    """Confidence interval around ``mean`` from a sample variance ``s²`` (ddof 1) of ``n`` values.

    ``mean ± t(1-α/2, df)·√(s²/n + extra_variance)``: with ``extra_variance`` 0 this is the Student t
    interval (df = n − 1); otherwise the variance of independent noise added to the mean (the cell key
    perturbation) is added and df follows Satterthwaite, the noise counting as known (infinite df).
    Returns ``(mean, low, high)``; the interval is None for fewer than two values.
    """
    if n < 2:
        return mean, None, None
    sampling = variance / n
    total = sampling + extra_variance
    if total <= 0.0:
        return mean, mean, mean
    df = total * total / (sampling * sampling / (n - 1)) if sampling > 0.0 else math.inf
    half = _t_quantile(confidence, df) * math.sqrt(total)
    return mean, mean - half, mean + half


def t_interval(
    values: Sequence[float], confidence: float = CONFIDENCE
) -> Tuple[float, Optional[float], Optional[float]]:
    """Mean and Student t confidence interval ``mean ± t(1-α/2, n-1)·s/√n`` (s with n-1).

    Returns ``(mean, low, high)``; the interval is None for fewer than two values.
    """
    data = np.asarray(values, dtype=float)
    n = data.size
    if n == 0:
        raise HotspotInputError("A mean needs at least one answer.")
    variance = float(data.var(ddof=1)) if n > 1 else 0.0
    return t_interval_stats(float(data.mean()), variance, n, confidence)


def wilson_interval(
    successes: float, n: int, confidence: float = CONFIDENCE, extra_variance: float = 0.0
) -> Tuple[float, float]:
    """Wilson score interval for a proportion ``successes / n``, as fractions 0..1.

    The interval is the set of p with ``(p̂ − p)² ≤ z²·(p(1 − p)/n + extra_variance)``: with
    ``extra_variance`` 0 the Wilson interval; otherwise it also covers independent noise of that
    variance added to p̂ (the cell key perturbation of the count). ``successes`` may be fractional.
    """
    if n <= 0:
        raise HotspotInputError("A proportion needs at least one answer.")
    z = float(stats.norm.ppf(0.5 + confidence / 2.0))
    p = min(max(successes / n, 0.0), 1.0)
    a = 1.0 + z * z / n
    b = 2.0 * p + z * z / n
    c = p * p - z * z * extra_variance
    root = math.sqrt(max(b * b - 4.0 * a * c, 0.0))
    return max(0.0, (b - root) / (2.0 * a)), min(1.0, (b + root) / (2.0 * a))


def welch_stats(
    first: Tuple[float, float, int, float], second: Tuple[float, float, int, float], confidence: float = CONFIDENCE
) -> Tuple[float, Optional[float], Optional[float]]:
    """``mean(second) − mean(first)`` with a Welch interval from ``(mean, s², n, extra_variance)`` of each.

    The standard error is √(s₁²/n₁ + s₂²/n₂ + extra₁ + extra₂), df by Satterthwaite (the added noise
    counting as known); with no extra variance this is the Welch–Satterthwaite interval.
    """
    (m1, v1, n1, e1), (m2, v2, n2, e2) = first, second
    difference = float(m2 - m1)
    if n1 < 2 or n2 < 2:
        return difference, None, None
    a1, a2 = v1 / n1, v2 / n2
    total = a1 + a2 + e1 + e2
    if total <= 0.0:
        return difference, difference, difference
    denominator = a1 * a1 / (n1 - 1) + a2 * a2 / (n2 - 1)
    df = total * total / denominator if denominator > 0.0 else math.inf
    half = _t_quantile(confidence, df) * math.sqrt(total)
    return difference, difference - half, difference + half


def welch_difference(
    a: Sequence[float], b: Sequence[float], confidence: float = CONFIDENCE
) -> Tuple[float, Optional[float], Optional[float]]:
    """``mean(b) - mean(a)`` with a Welch (unequal variances, Satterthwaite df) confidence interval."""
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)

    def summary(data):
        return float(data.mean()), float(data.var(ddof=1)) if data.size > 1 else 0.0, int(data.size), 0.0

    return welch_stats(summary(x), summary(y), confidence)


# ------------------------------------------------------------------------------------------- linkage


#: Why a response is not linked to an area (Linkage.reasons).
NO_KEY, BAD_POSTCODE, NOT_IN_LOOKUP, UNMATCHED = "no key", "bad postcode", "not in lookup", "unmatched"


@dataclass
class Linkage:
    """Which area each response belongs to (normalised area code, or None) and why some have none.

    ``reasons`` holds, per response, None (linked) or why it is not linked (NO_KEY, BAD_POSTCODE,
    NOT_IN_LOOKUP, UNMATCHED); ``multiple`` the positions of responses inside more than one area.
    """

    codes: List[Optional[str]]
    method: str
    reasons: List[Optional[str]] = field(default_factory=list)
    multiple: List[int] = field(default_factory=list)
    unmatched_examples: List[str] = field(default_factory=list)

    @property
    def n_total(self) -> int:
        return len(self.codes)

    @property
    def n_linked(self) -> int:
        return sum(code is not None for code in self.codes)

    def members(self, reason: str) -> List[int]:
        """Positions of the responses not linked for ``reason``."""
        return [i for i, why in enumerate(self.reasons) if why == reason]

    def not_linked(self) -> List[int]:
        """Positions of every response not linked to an area."""
        return [i for i, code in enumerate(self.codes) if code is None]

    @property
    def n_no_key(self) -> int:
        return len(self.members(NO_KEY))

    @property
    def n_bad_postcode(self) -> int:
        return len(self.members(BAD_POSTCODE))

    @property
    def n_not_in_lookup(self) -> int:
        return len(self.members(NOT_IN_LOOKUP))

    @property
    def n_unmatched(self) -> int:
        return len(self.members(UNMATCHED))

    @property
    def n_multiple(self) -> int:
        return len(self.multiple)

    def report_lines(self, perturbation: Optional[CellKeyPerturbation] = None) -> List[str]:
        """Plain-language counts for the log: every response not linked is accounted for.

        With ``perturbation`` each count is perturbed by the cell key method like the published counts:
        which responses match no area depends on the area layer, so exact counts from two runs over
        different layers could be subtracted. No total of responses read or linked is given (beside the
        published counts it would give away the suppressed areas' total).
        """

        def count(members: List[int]) -> int:
            return perturbation.count(members) if perturbation is not None else len(members)

        lines = [f"Responses linked to areas by {self.method}."]
        if perturbation is not None:
            lines[0] += (
                " Counts of responses not linked depend on the area layer, so they are perturbed (±2) like the "
                "published counts."
            )
        no_key = count(self.members(NO_KEY))
        if no_key:
            what = {"area code": "no area code", "coordinates": "no usable coordinates", "postcode": "no postcode"}.get(
                self.method, "no link value"
            )
            lines.append(f"{no_key:,} responses have {what} and were not counted.")
        bad = count(self.members(BAD_POSTCODE))
        if bad:
            lines.append(f"{bad:,} responses have a postcode that is not a valid UK postcode and were not counted.")
        not_in_lookup = count(self.members(NOT_IN_LOOKUP))
        if not_in_lookup:
            lines.append(
                f"{not_in_lookup:,} responses have a postcode missing from the postcode lookup and were not counted."
            )
        unmatched = count(self.members(UNMATCHED))
        if unmatched:
            example = (
                f" (codes not found include {', '.join(self.unmatched_examples)})"
                if self.unmatched_examples and self.method != "coordinates"
                else ""
            )
            lines.append(f"{unmatched:,} responses match no area in the area layer{example} and were not counted.")
        multiple = count(self.multiple)
        if multiple:
            lines.append(
                f"{multiple:,} responses lie in more than one area (the areas overlap); each was counted once, "
                "in the first such area in layer order."
            )
        return lines


def _examples(counter: Counter, limit: int = 5) -> List[str]:
    return sorted(counter)[:limit]


def link_by_code(response_codes: Sequence, area_codes: Iterable[Optional[str]]) -> Linkage:
    """Link responses whose area-code value matches an area code (trimmed, case-insensitive)."""
    known = {normalise_code(c) for c in area_codes} - {None}
    codes: List[Optional[str]] = []
    reasons: List[Optional[str]] = []
    unmatched: Counter = Counter()
    for value in response_codes:
        code = normalise_code(value)
        if code is None:
            codes.append(None)
            reasons.append(NO_KEY)
        elif code in known:
            codes.append(code)
            reasons.append(None)
        else:
            unmatched[code] += 1
            codes.append(None)
            reasons.append(UNMATCHED)
    return Linkage(codes, "area code", reasons, unmatched_examples=_examples(unmatched))


def link_by_point(
    x: Sequence[float],
    y: Sequence[float],
    area_geometries: Sequence,
    area_codes: Sequence,
    progress: ProgressCallback = None,
) -> Linkage:
    """Link responses by coordinates: the first area (in order) whose polygon holds the point.

    ``area_geometries`` are shapely polygons in the same CRS as ``x``/``y``; points on a boundary
    count as inside. A point inside areas with different codes is counted in the first and reported.
    """
    from shapely.geometry import Point
    from shapely.prepared import prep

    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    finite = np.isfinite(xs) & np.isfinite(ys)
    assigned: List[Optional[str]] = [None] * xs.size
    multiple = np.zeros(xs.size, dtype=bool)
    norm_codes = [normalise_code(c) for c in area_codes]
    total = max(len(area_geometries), 1)
    for j, geometry in enumerate(area_geometries):
        report(progress, j / total)
        code = norm_codes[j]
        if geometry is None or geometry.is_empty or code is None:
            continue
        minx, miny, maxx, maxy = geometry.bounds
        candidates = np.nonzero(finite & (xs >= minx) & (xs <= maxx) & (ys >= miny) & (ys <= maxy))[0]
        if candidates.size == 0:
            continue
        prepared = prep(geometry)
        for i in candidates:
            if prepared.intersects(Point(xs[i], ys[i])):
                if assigned[i] is None:
                    assigned[i] = code
                elif assigned[i] != code:
                    multiple[i] = True
    report(progress, 1.0)
    reasons = [None if code is not None else (UNMATCHED if finite[i] else NO_KEY) for i, code in enumerate(assigned)]
    return Linkage(assigned, "coordinates", reasons, multiple=[int(i) for i in np.nonzero(multiple)[0]])


@dataclass
class PostcodeLookup:
    """Postcode (normalised) → area code, read from a user's lookup CSV."""

    mapping: Dict[str, str]
    postcode_column: str
    area_column: str
    n_rows: int
    n_bad_rows: int


def _open_text(path: Path):
    try:
        with open(path, encoding="utf-8-sig") as handle:
            handle.read(1 << 16)
        return open(path, encoding="utf-8-sig", newline="")
    except UnicodeDecodeError:
        return open(path, encoding="latin-1", newline="")


def read_postcode_lookup(
    path,
    area_codes: Iterable[Optional[str]],
    wanted: Optional[Set[str]] = None,
    area_column: Optional[str] = None,
    progress: ProgressCallback = None,
) -> PostcodeLookup:
    """Read a postcode lookup CSV (e.g. ONS NSPL/ONSPD, or two columns ``postcode,code``).

    The postcode column is the one named pcds/postcode/pcd/pcd7/pcd8 (any case), else the first
    column. The area column is ``area_column`` if present, else the column whose values match the
    most area codes among the kept rows. Only postcodes in ``wanted`` (normalised) are kept, so a
    national file (the NSPL has 2.7 million rows) fits in memory and reads in seconds.
    """
    path = Path(path)
    if not path.is_file():
        raise HotspotInputError(
            f"The postcode lookup {path} does not exist. Choose the CSV file that maps postcodes to area codes."
        )
    known = {normalise_code(c) for c in area_codes} - {None}
    with _open_text(path) as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if not header or len(header) < 2:
            raise HotspotInputError(
                f"The postcode lookup {path.name} needs a header row and at least two columns "
                "(a postcode and an area code)."
            )
        lowered = [h.strip().lower() for h in header]
        postcode_index = next((lowered.index(name) for name in _POSTCODE_COLUMNS if name in lowered), 0)
        fixed_area = (
            lowered.index(area_column.strip().lower())
            if area_column and area_column.strip().lower() in lowered
            else None
        )
        kept: Dict[str, List[str]] = {}
        n_rows = bad = 0
        size = max(path.stat().st_size, 1)
        read = 0
        for row in reader:
            if not row:
                continue
            n_rows += 1
            if n_rows % 100000 == 0:
                report(progress, min(read / size, 0.99))
            read += sum(len(value) + 1 for value in row)
            postcode = normalise_postcode(row[postcode_index]) if postcode_index < len(row) else None
            if postcode is None:
                bad += 1
                continue
            if wanted is None or postcode in wanted:
                kept[postcode] = row
    if fixed_area is None:
        # The area column is the one holding the most area codes on the rows that matter.
        matches = [0] * len(header)
        for row in kept.values():
            for i, value in enumerate(row):
                if i != postcode_index and normalise_code(value) in known:
                    matches[i] += 1
        candidates = [i for i in range(len(header)) if i != postcode_index]
        fixed_area = max(candidates, key=lambda i: matches[i])
        if matches[fixed_area] == 0:
            raise HotspotInputError(
                f"No column of the postcode lookup {path.name} holds codes of the area layer for the responses' "
                "postcodes. Use a lookup whose area codes are those of the chosen area field, and check that the "
                "responses come from these areas."
            )
    mapping = {}
    for postcode, row in kept.items():
        code = normalise_code(row[fixed_area]) if fixed_area < len(row) else None
        if code is not None:
            mapping[postcode] = code
    return PostcodeLookup(mapping, header[postcode_index].strip(), header[fixed_area].strip(), n_rows, bad)


def link_by_postcode(postcodes: Sequence, lookup: PostcodeLookup, area_codes: Iterable[Optional[str]]) -> Linkage:
    """Link responses through their postcode and the lookup; bad postcodes and misses are counted."""
    known = {normalise_code(c) for c in area_codes} - {None}
    codes: List[Optional[str]] = []
    reasons: List[Optional[str]] = []
    unmatched: Counter = Counter()
    for value in postcodes:
        code = None
        if is_missing(value):
            why = NO_KEY
        else:
            postcode = normalise_postcode(value)
            if postcode is None:
                why = BAD_POSTCODE
            else:
                code = lookup.mapping.get(postcode)
                if code is None:
                    why = NOT_IN_LOOKUP
                elif code not in known:
                    unmatched[code] += 1
                    why, code = UNMATCHED, None
                else:
                    why = None
        codes.append(code)
        reasons.append(why)
    return Linkage(codes, "postcode", reasons, unmatched_examples=_examples(unmatched))


# ------------------------------------------------------------------------------------------ questions


@dataclass
class QuestionSpec:
    """How a question is summarised: ``numeric`` (mean, on ``scale`` when known) or ``categorical``.

    ``width`` is the range of one answer (the scale's width, else the range of the answers given;
    1 for a categorical question, whose share counts one response per answer): the size of the
    cell key noise on the question's sums.
    """

    name: str
    key: str
    kind: str
    scale: Optional[Tuple[float, float]] = None
    reason: str = ""
    width: float = 1.0

    def fields(self, waves: bool = False, harm: bool = False) -> List[Tuple[str, str]]:
        """Output fields ``(name, type)`` for this question; type is ``double``, ``int`` or ``string``."""
        if self.kind == "numeric":
            names = [
                (f"{self.key}_mean", "double"),
                (f"{self.key}_ci_low", "double"),
                (f"{self.key}_ci_high", "double"),
            ]
            if waves:
                names += [
                    (f"{self.key}_change", "double"),
                    (f"{self.key}_change_ci_low", "double"),
                    (f"{self.key}_change_ci_high", "double"),
                ]
            if harm:
                names.append((f"{self.key}_priority", "int"))
            return names
        return [
            (f"{self.key}_top", "string"),
            (f"{self.key}_top_pct", "double"),
            (f"{self.key}_top_ci_low", "double"),
            (f"{self.key}_top_ci_high", "double"),
        ]


def describe_question(
    name: str, values: Sequence, key: Optional[str] = None, scale: Optional[Tuple[float, float]] = None
) -> QuestionSpec:
    """Decide how to summarise a question from its answers (all responses of the survey).

    Numeric when at least 80 % of the given answers are numbers. The scale is ``scale`` if given,
    else the smallest of 1–5, 1–7, 1–10, 0–10 holding at least 90 % of the numeric answers other
    than "don't know" codes (DONT_KNOW_CODES), else none (every number is valid). Answers outside the
    scale are out of range. Deciding from the whole survey rather than the responses one area layer
    links keeps the scale, and so the noise, the same in runs over different area layers.
    """
    key = key or field_key(name)
    given = [v for v in values if not is_missing(v)]
    numbers = [n for n in (as_number(v) for v in given) if n is not None]
    if not given or len(numbers) < NUMERIC_SHARE * len(given):
        return QuestionSpec(name, key, "categorical", reason="answers are text: most common answer and its share")
    if scale is not None:
        low, high = float(scale[0]), float(scale[1])
        return QuestionSpec(name, key, "numeric", (low, high), "scale given", width=max(high - low, 1.0))
    data = np.asarray([n for n in numbers if n not in DONT_KNOW_CODES] or numbers)
    for low, high in STANDARD_SCALES:
        inside = (data >= low) & (data <= high)
        if inside.mean() >= SCALE_COVERAGE:
            return QuestionSpec(
                name,
                key,
                "numeric",
                (low, high),
                f"scale {low:g}–{high:g} inferred ({100 * inside.mean():.1f} % of numeric answers other than "
                "don't-know codes lie on it)",
                width=high - low,
            )
    spread = float(max(numbers) - min(numbers))
    return QuestionSpec(
        name, key, "numeric", None, "no common answer scale fits: every number is accepted", width=max(spread, 1.0)
    )


@dataclass
class AnswerQuality:
    """Counts of answers to one question that were used or left out, over the whole survey.

    Whole-survey counts do not depend on the area layer, so the logs of two runs over different
    area layers cannot be subtracted to learn anything about one area.
    """

    n_valid: int = 0
    n_missing: int = 0
    n_not_number: int = 0
    n_out_of_range: int = 0
    out_of_range_values: Counter = field(default_factory=Counter)

    def report_lines(self, spec: QuestionSpec) -> List[str]:
        lines = [f"Question {spec.name}: {spec.kind}; {spec.reason}."]
        if self.n_missing:
            lines.append(f"  {self.n_missing:,} responses in the survey did not answer {spec.name}.")
        if self.n_not_number:
            lines.append(
                f"  {self.n_not_number:,} answers to {spec.name} are not numbers (e.g. 'don't know') "
                "and were left out of the mean."
            )
        if self.n_out_of_range:
            low, high = spec.scale if spec.scale else (float("nan"), float("nan"))
            values = ", ".join(f"{v:g}" for v in sorted(self.out_of_range_values))
            lines.append(
                f"  {self.n_out_of_range:,} answers to {spec.name} lie outside {low:g}–{high:g} "
                f"(values {values}) and were left out of the mean."
            )
        return lines


def clean_answers(spec: QuestionSpec, values: Sequence) -> Tuple[List, AnswerQuality]:
    """Valid answers (a float or a text per response, None when not valid) and the counts left out."""
    quality = AnswerQuality()
    cleaned: List = []
    for value in values:
        if is_missing(value):
            quality.n_missing += 1
            cleaned.append(None)
            continue
        if spec.kind == "categorical":
            text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
            quality.n_valid += 1
            cleaned.append(text)
            continue
        number = as_number(value)
        if number is None:
            quality.n_not_number += 1
            cleaned.append(None)
        elif spec.scale is not None and not spec.scale[0] <= number <= spec.scale[1]:
            quality.n_out_of_range += 1
            quality.out_of_range_values[number] += 1
            cleaned.append(None)
        else:
            quality.n_valid += 1
            cleaned.append(number)
    return cleaned, quality


# ---------------------------------------------------------------------------------------- aggregation


@dataclass
class SurveyAggregate:
    """One row per area code (× wave), published values only; plus the reports of what was left out."""

    rows: List[dict]
    fields: List[Tuple[str, str]]
    specs: List[QuestionSpec]
    waves: List[Optional[str]]
    quality: Dict[str, AnswerQuality]
    n_suppressed: int
    n_published: int
    n_withheld_values: int
    no_wave: List[int]
    min_respondents: int
    confidence: float
    perturbation: Optional[CellKeyPerturbation] = None
    harm_method: str = ""

    @property
    def n_no_wave(self) -> int:
        return len(self.no_wave)

    def row(self, code: str, wave: Optional[str] = None) -> dict:
        """The row of an area code (and wave); area codes are matched normalised."""
        norm = normalise_code(code)
        for row in self.rows:
            if row["area_code"] == norm and row.get("wave") == wave:
                return row
        raise KeyError((code, wave))

    def report_lines(self) -> List[str]:
        lines = [
            f"Suppression: areas with fewer than {self.min_respondents} responses show no value at all "
            f"(n_responses NULL too): {self.n_suppressed:,} suppressed, {self.n_published:,} published."
        ]
        if self.perturbation is not None:
            lines.append(
                "Disclosure control: every published count, mean and share carries cell key noise (ONS Census "
                "2021 method), the same noise whenever the same responses make it up: "
                + tolerance_text(self.min_respondents)
            )
        else:
            lines.append("Disclosure control: none (exact values, not for publication).")
        if self.n_withheld_values:
            lines.append(
                f"{self.n_withheld_values:,} question values in published areas were withheld because "
                f"fewer than {self.min_respondents} people gave a valid answer to that question."
            )
        if self.no_wave:
            n = self.perturbation.count(self.no_wave) if self.perturbation is not None else len(self.no_wave)
            lines.append(f"{n:,} linked responses have no wave and were not counted in any wave (perturbed count).")
        for spec in self.specs:
            lines.extend(self.quality[spec.name].report_lines(spec))
        return lines


def _wave_label(value) -> Optional[str]:
    if is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _sort_waves(labels: Iterable[str]) -> List[str]:
    labels = list(labels)
    numbers = [as_number(label) for label in labels]
    if all(n is not None for n in numbers):
        return [label for _, label in sorted(zip(numbers, labels))]
    return sorted(labels)


def _numeric_cell(
    spec: QuestionSpec,
    answers: List[float],
    members: List[int],
    perturbation: Optional[CellKeyPerturbation],
    confidence: float,
) -> Tuple[Dict[str, Optional[float]], Tuple[float, float, int, float]]:
    """Published mean and interval of one cell, and ``(mean, s², n, noise variance)`` for wave changes.

    The sum of the answers gets ``width × v`` (cell key of the answering responses); the mean is that
    sum over the number of valid answers, kept on the answer scale. The interval adds the noise's
    variance ``width² · Var(v) / n²`` to the sampling variance.
    """
    n = len(answers)
    data = np.asarray(answers, dtype=float)
    variance = float(data.var(ddof=1)) if n > 1 else 0.0
    total = float(data.sum())
    extra = 0.0
    if perturbation is not None:
        total += spec.width * perturbation.sum_noise(members, question_stream(spec.name))
        extra = spec.width * spec.width * MAGNITUDE_VARIANCE / (n * n)
    mean = total / n
    if spec.scale is not None:
        mean = min(max(mean, spec.scale[0]), spec.scale[1])
    mean, low, high = t_interval_stats(mean, variance, n, confidence, extra)
    values = {f"{spec.key}_mean": mean, f"{spec.key}_ci_low": low, f"{spec.key}_ci_high": high}
    return values, (mean, variance, n, extra)


def _categorical_cell(
    spec: QuestionSpec,
    answers: List[str],
    members: List[int],
    perturbation: Optional[CellKeyPerturbation],
    confidence: float,
) -> Dict[str, object]:
    """Most common answer(s) and the share of the first, its count perturbed by up to one response."""
    counts = Counter(answers)
    best = max(counts.values())
    top = sorted(answer for answer, count in counts.items() if count == best)
    n = len(answers)
    successes = float(best)
    extra = 0.0
    if perturbation is not None:
        top_members = [m for m, answer in zip(members, answers) if answer == top[0]]
        successes += spec.width * perturbation.sum_noise(top_members, question_stream(spec.name))
        extra = spec.width * spec.width * MAGNITUDE_VARIANCE / (n * n)
    share = min(max(successes / n, 0.0), 1.0)
    low, high = wilson_interval(share * n, n, confidence, extra)
    return {
        f"{spec.key}_top": " / ".join(top),
        f"{spec.key}_top_pct": 100.0 * share,
        f"{spec.key}_top_ci_low": 100.0 * low,
        f"{spec.key}_top_ci_high": 100.0 * high,
    }


def aggregate_responses(
    area_of_response: Sequence[Optional[str]],
    answers: Dict[str, Sequence],
    area_codes: Sequence,
    waves: Optional[Sequence] = None,
    min_respondents: int = MIN_RESPONDENTS,
    confidence: float = CONFIDENCE,
    specs: Optional[List[QuestionSpec]] = None,
    *,
    perturbation: Optional[CellKeyPerturbation],
    progress: ProgressCallback = None,
) -> SurveyAggregate:
    """Aggregate linked responses per area code (and per wave when ``waves`` is given).

    ``area_of_response``: normalised area code per response (None = not linked, left out).
    ``answers``: question name → one answer per response. ``area_codes``: every area of the area
    layer (areas with no response get a suppressed row). ``perturbation``: the cell key method over
    the same responses (disclosure.CellKeyPerturbation), or None for exact values (never to be
    published: exact values from overlapping area layers can be subtracted). Returns published rows:
    keys ``area_code``, ``wave`` (when waves), ``n_responses`` and ``suppressed`` and the question fields.

    An area (× wave) with fewer than ``min_respondents`` responses is suppressed (true count). A
    published area's ``n_responses`` is its count with cell key noise (±2, never below the threshold);
    means and shares carry the noise of their sums (see _numeric_cell, _categorical_cell).
    """
    if not answers:
        raise HotspotInputError("Choose at least one question field.")
    if not 0.5 <= confidence < 1.0:
        raise HotspotInputError(f"The confidence level must lie between 0.5 and 1 (got {confidence}), e.g. 0.95.")
    if min_respondents < 2:
        raise HotspotInputError("The minimum number of respondents must be at least 2; 10 is the usual rule.")
    n = len(area_of_response)
    for name, values in answers.items():
        if len(values) != n:
            raise HotspotInputError(f"Question {name} has {len(values)} answers for {n} responses.")
    if perturbation is not None and len(perturbation) != n:
        raise HotspotInputError(f"The record keys cover {len(perturbation)} responses, not {n}.")
    if specs is None:
        taken: Set[str] = set()
        specs = [describe_question(name, values, field_key(name, taken)) for name, values in answers.items()]
    spec_by_name = {spec.name: spec for spec in specs}
    cleaned: Dict[str, List] = {}
    quality: Dict[str, AnswerQuality] = {}
    for name, values in answers.items():
        cleaned[name], quality[name] = clean_answers(spec_by_name[name], values)
    report(progress, 0.2)

    codes_in_order: List[str] = []
    for code in (normalise_code(c) for c in area_codes):
        if code is not None and code not in codes_in_order:
            codes_in_order.append(code)
    linked = [i for i, code in enumerate(area_of_response) if code is not None]
    wave_of: Optional[List[Optional[str]]] = None
    no_wave: List[int] = []
    if waves is not None:
        wave_of = [_wave_label(w) for w in waves]
        no_wave = [i for i in linked if wave_of[i] is None]
        wave_list: List[Optional[str]] = _sort_waves({wave_of[i] for i in linked if wave_of[i] is not None})
    else:
        wave_list = [None]

    groups: Dict[Tuple[str, Optional[str]], List[int]] = {}
    for i in linked:
        wave = wave_of[i] if wave_of is not None else None
        if wave_of is not None and wave is None:
            continue
        groups.setdefault((area_of_response[i], wave), []).append(i)

    rows: List[dict] = []
    cell_stats: Dict[Tuple[str, Optional[str], str], Tuple[float, float, int, float]] = {}
    suppressed = published = withheld = 0
    total = max(len(codes_in_order) * len(wave_list), 1)
    for a, code in enumerate(codes_in_order):
        for w, wave in enumerate(wave_list):
            report(progress, 0.2 + 0.7 * (a * len(wave_list) + w) / total)
            members = groups.get((code, wave), [])
            row = {"area_code": code}
            if waves is not None:
                row["wave"] = wave
            is_suppressed = len(members) < min_respondents
            if is_suppressed:
                row["n_responses"] = None
            elif perturbation is not None:
                row["n_responses"] = perturbation.count(members, floor=min_respondents)
            else:
                row["n_responses"] = len(members)
            row["suppressed"] = is_suppressed
            suppressed += is_suppressed
            published += not is_suppressed
            for spec in specs:
                for name, _ in spec.fields():
                    row[name] = None
                if is_suppressed:
                    continue
                answering = [i for i in members if cleaned[spec.name][i] is not None]
                if len(answering) < min_respondents:
                    withheld += 1
                    continue
                given = [cleaned[spec.name][i] for i in answering]
                if spec.kind == "numeric":
                    values, summary = _numeric_cell(spec, given, answering, perturbation, confidence)
                    row.update(values)
                    cell_stats[(code, wave, spec.key)] = summary
                else:
                    row.update(_categorical_cell(spec, given, answering, perturbation, confidence))
            rows.append(row)

    fields: List[Tuple[str, str]] = [("area_code", "string")]
    if waves is not None:
        fields.append(("wave", "string"))
        _wave_changes(rows, specs, wave_list, cell_stats, confidence)
    fields += [("n_responses", "int"), ("suppressed", "bool")]
    for spec in specs:
        fields += spec.fields(waves=waves is not None)
    report(progress, 1.0)
    return SurveyAggregate(
        rows,
        fields,
        specs,
        wave_list,
        quality,
        suppressed,
        published,
        withheld,
        no_wave,
        min_respondents,
        confidence,
        perturbation,
    )


def _wave_changes(
    rows: List[dict],
    specs: List[QuestionSpec],
    wave_list: List,
    cell_stats: Dict[Tuple[str, Optional[str], str], Tuple[float, float, int, float]],
    confidence: float,
) -> None:
    """Change in published mean from the previous wave, per area; None where either wave has no published mean."""
    by_key = {(row["area_code"], row["wave"]): row for row in rows}
    for spec in specs:
        if spec.kind != "numeric":
            continue
        for row in rows:
            for suffix in ("change", "change_ci_low", "change_ci_high"):
                row[f"{spec.key}_{suffix}"] = None
        for previous, current in zip(wave_list, wave_list[1:]):
            for code in {row["area_code"] for row in rows}:
                before = cell_stats.get((code, previous, spec.key))
                after = cell_stats.get((code, current, spec.key))
                if before is None or after is None:
                    continue
                change, low, high = welch_stats(before, after, confidence)
                row = by_key[(code, current)]
                row[f"{spec.key}_change"] = change
                row[f"{spec.key}_change_ci_low"] = low
                row[f"{spec.key}_change_ci_high"] = high


# -------------------------------------------------------------------------------------- priority places


def area_weighted_harm(
    area_geometries: Sequence, cell_geometries: Sequence, cell_harm: Sequence[float], progress: ProgressCallback = None
) -> np.ndarray:
    """Harm per area: each cell's harm shared among areas in proportion to the overlapping area.

    Geometries are shapely polygons in one metric CRS. Harm is assumed spread evenly over a cell,
    so a cell half inside an area gives it half its harm. Returns one total per area geometry.
    """
    from shapely.prepared import prep

    harm = np.asarray(cell_harm, dtype=float)
    bounds = np.array(
        [g.bounds if g is not None and not g.is_empty else (np.nan,) * 4 for g in cell_geometries], dtype=float
    ).reshape(-1, 4)
    out = np.zeros(len(area_geometries))
    total = max(len(area_geometries), 1)
    for j, area in enumerate(area_geometries):
        report(progress, j / total)
        if area is None or area.is_empty:
            out[j] = np.nan
            continue
        if not area.is_valid:
            area = area.buffer(0)
        minx, miny, maxx, maxy = area.bounds
        candidates = np.nonzero(
            (bounds[:, 2] >= minx) & (bounds[:, 0] <= maxx) & (bounds[:, 3] >= miny) & (bounds[:, 1] <= maxy)
        )[0]
        prepared = prep(area)
        for i in candidates:
            cell = cell_geometries[i]
            if not np.isfinite(harm[i]) or harm[i] == 0 or cell.area <= 0 or not prepared.intersects(cell):
                continue
            out[j] += harm[i] * area.intersection(cell).area / cell.area
    report(progress, 1.0)
    return out


def priority_classes(harm: Sequence[Optional[float]], score: Sequence[Optional[float]]) -> List[Optional[int]]:
    """Bivariate class per area from harm and a score where high means high confidence.

    Split at the medians over the areas that have both values: harm above the median is "high
    harm", a score below the median is "low score"; PRIORITY_HIGH_HARM_LOW_SCORE (4) marks a priority
    place. Areas without a published score (suppressed) or without harm get None.
    """
    pairs = [
        (i, float(h), float(s))
        for i, (h, s) in enumerate(zip(harm, score))
        if h is not None and s is not None and math.isfinite(float(h)) and math.isfinite(float(s))
    ]
    classes: List[Optional[int]] = [None] * len(harm)
    if not pairs:
        return classes
    harm_median = float(np.median([h for _, h, _ in pairs]))
    score_median = float(np.median([s for _, _, s in pairs]))
    for i, h, s in pairs:
        high_harm = h > harm_median
        low_score = s < score_median
        if high_harm:
            classes[i] = PRIORITY_HIGH_HARM_LOW_SCORE if low_score else PRIORITY_HIGH_HARM_HIGH_SCORE
        else:
            classes[i] = PRIORITY_LOW_HARM_LOW_SCORE if low_score else PRIORITY_LOW_HARM_HIGH_SCORE
    return classes


def add_priority(aggregate: SurveyAggregate, harm_by_code: Dict[str, float], method: str) -> None:
    """Add ``harm`` and ``<q>_priority`` (numeric questions) to every row, classes split within each wave."""
    aggregate.harm_method = method
    if ("harm", "double") not in aggregate.fields:
        aggregate.fields.append(("harm", "double"))
    for row in aggregate.rows:
        row["harm"] = harm_by_code.get(row["area_code"])
    for spec in aggregate.specs:
        if spec.kind != "numeric":
            continue
        name = f"{spec.key}_priority"
        if (name, "int") not in aggregate.fields:
            aggregate.fields.append((name, "int"))
        for wave in aggregate.waves:
            rows = [row for row in aggregate.rows if row.get("wave") == wave]
            classes = priority_classes([row["harm"] for row in rows], [row[f"{spec.key}_mean"] for row in rows])
            for row, value in zip(rows, classes):
                row[name] = value
