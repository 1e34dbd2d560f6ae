"""Which layer and which fields look like survey answers: the survey dock's defaults and its refusal.

A survey response table has answer-like fields: a rating on a short scale (numbers within 0–10, such as a 1–5
agreement scale with 9 for "don't know") or a text answer chosen from a few options (at most
:data:`MAX_OPTIONS` different answers in the sample, each given by more than one respondent on average). Officer GPS
fixes and crime records, the other point layers a force has, have officer, time, speed or crime type fields;
they are never a survey, and the dock says so rather than summarising speeds or crime types as if they were
opinions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

#: Fields that are never a question: identifiers, places, dates and the survey's own bookkeeping.
NOT_QUESTIONS = frozenset(
    {
        "id",
        "fid",
        "response_id",
        "respondent",
        "respondent_id",
        "uuid",
        "postcode",
        "pcd",
        "pcds",
        "post_code",
        "lon",
        "lat",
        "longitude",
        "latitude",
        "x",
        "y",
        "easting",
        "northing",
        "wave",
        "survey_wave",
        "round",
        "date",
        "timestamp",
        "area_code",
        "lsoa",
        "lsoa11cd",
        "lsoa_code",
        "ward",
        "ward_code",
        "area",
        "weight",
        "month",
        "location",
        "name",
    }
)
#: Fields of officer positions (app GPS, radio location reports, the plugin's imported fixes).
GPS_FIELDS = frozenset(
    {
        "officer_id",
        "t_utc",
        "time_utc",
        "timestamp_utc",
        "speed",
        "speed_kmh",
        "speed_ms",
        "heading",
        "bearing",
        "course",
        "accuracy",
        "accuracy_m",
        "hdop",
        "altitude",
        "elevation",
        "fix_id",
        "device_id",
        "radio_id",
        "callsign",
        "track_id",
        "satellites",
    }
)
#: Fields of crime records (police.uk's and the plugin's imports).
CRIME_FIELDS = frozenset(
    {
        "crime_id",
        "crime_type",
        "falls_within",
        "reported_by",
        "outcome",
        "last_outcome_category",
        "harm",
        "offence",
        "context",
        "demo_time",
    }
)
#: The most different text answers a question has in a sample (beyond it, the field is free text or an id).
MAX_OPTIONS = 20
#: A rating lies within this range (a 1–5 or 0–10 scale, with 9 or 99-free "don't know" codes).
RATING_RANGE = (0.0, 10.0)


def _number(value) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def answer_like(name: str, values: Sequence) -> bool:
    """True when the field ``name`` with sampled ``values`` looks like a survey answer (see the module text)."""
    key = name.lower()
    if key in NOT_QUESTIONS or key in GPS_FIELDS or key in CRIME_FIELDS:
        return False
    present = [v for v in values if v is not None and str(v).strip() != ""]
    if not present:
        return False
    numbers = [_number(v) for v in present]
    if all(n is not None for n in numbers):
        low, high = RATING_RANGE
        return all(low <= n <= high and float(n).is_integer() for n in numbers)
    options = {str(v).strip().lower() for v in present}
    return len(options) <= MAX_OPTIONS and len(options) < len(present)


@dataclass
class SurveyVerdict:
    """What a layer offers as a survey: its answer-like fields, or why it cannot be one (``problem``, which the
    dock words for the user: ``GPS``, ``CRIMES``, ``NO_ANSWERS`` or ``NOT_TABLE``)."""

    questions: List[str] = field(default_factory=list)
    problem: str = ""  #: empty when the layer can be a survey
    gps_fields: List[str] = field(default_factory=list)  #: the fields that gave a GPS or crime layer away

    @property
    def ok(self) -> bool:
        return not self.problem


GPS, CRIMES, NO_ANSWERS, NOT_TABLE = "gps", "crimes", "no answers", "not a table"


def judge_survey(sample: Dict[str, Sequence]) -> SurveyVerdict:
    """Judge a layer from a sample of its values (``{field: values}``, e.g. its first 200 rows)."""
    names = list(sample)
    gps = [n for n in names if n.lower() in GPS_FIELDS]
    if len(gps) >= 2:
        return SurveyVerdict([], GPS, gps)
    crimes = [n for n in names if n.lower() in CRIME_FIELDS]
    if len(crimes) >= 2:
        return SurveyVerdict([], CRIMES, crimes)
    questions = [n for n in names if answer_like(n, sample[n])]
    if not questions:
        return SurveyVerdict([], NO_ANSWERS)
    return SurveyVerdict(questions)


def survey_score(verdict: SurveyVerdict, layer_name: str) -> float:
    """How likely a layer is the survey (higher is likelier; below 0 never): for choosing the dock's default."""
    if not verdict.ok:
        return -1.0
    name = layer_name.lower()
    bonus = 10.0 if any(word in name for word in ("survey", "response", "questionnaire")) else 0.0
    return bonus + len(verdict.questions)
