"""Which fields are survey answers, and which layers can never be a survey (the survey dock's defaults)."""

from hotspot_plugin.core.survey_fields import CRIMES, GPS, NO_ANSWERS, answer_like, judge_survey, survey_score


def test_ratings_and_few_options_are_answers():
    assert answer_like("confidence", [1, 2, 5, 9, None, "", 3])
    assert answer_like("deal", ["Agree", "Disagree", "Agree", "Neither", "agree"])
    assert answer_like("confidence", ["1", "4", "3"])  # a CSV read as text


def test_ids_places_times_speeds_and_free_text_are_not():
    assert not answer_like("response_id", ["R1", "R2", "R3"])
    assert not answer_like("lsoa", ["E01", "E01", "E02"])
    assert not answer_like("speed_kmh", [3.0, 4.0, 5.0])
    assert not answer_like("harm", [1.0, 273.5, 10.0])  # beyond a 0-10 scale
    assert not answer_like("score", [2.5, 3.5])  # not a whole-number rating
    assert not answer_like("comment", [f"text {i}" for i in range(30)])  # every answer different
    assert not answer_like("empty", [None, "", None])


def test_gps_fixes_are_refused_and_a_survey_is_accepted():
    fixes = {
        "officer_id": ["A1", "A1", "B2"],
        "t_utc": ["2026-03-06T21:00:00Z"] * 3,
        "speed": [3.1, 4.0, 0.0],
        "source": ["app", "app", "radio"],
    }
    verdict = judge_survey(fixes)
    assert (
        verdict.problem == GPS
        and verdict.questions == []
        and set(verdict.gps_fields) == {"officer_id", "t_utc", "speed"}
    )
    assert survey_score(verdict, "Officer positions") < 0
    survey = {
        "response_id": ["R1", "R2", "R3", "R4"],
        "wave": ["2025-10"] * 4,
        "area_code": ["HF01", "HF01", "HF02", "HF02"],
        "confidence": [3, 4, 2, 9],
        "deal_with_matters": ["agree", "disagree", "agree", "agree"],
    }
    verdict = judge_survey(survey)
    assert verdict.ok and verdict.questions == ["confidence", "deal_with_matters"]
    assert survey_score(verdict, "Survey responses (survey)") > survey_score(verdict, "table")


def test_a_layer_without_answers_is_refused():
    crimes = {"crime_id": ["a", "b", "c"], "harm": [1.0, 273.5, 10.0], "month": ["2018-06"] * 3}
    verdict = judge_survey(crimes)
    assert verdict.problem == CRIMES and not verdict.ok
    assert judge_survey({"code": ["a", "b", "c"], "value": [1.5, 2.5, 3.5]}).problem == NO_ANSWERS
