"""The briefing's busiest hours from aoristic weights when the crimes have from/to windows (issue 16)."""

from datetime import datetime

import pytest

from hotspot_plugin.core.briefing import AORISTIC_NOTE, why_here


def test_busiest_hours_are_aoristic_with_windows():
    # Monday 08:00–16:00 (0.125 in each of 8 hours) and Tuesday 10:30 with no end (1 in 10:00).
    why = why_here(
        ["Burglary", "Theft"],
        [273.5, 2],
        [datetime(2026, 3, 2, 8, 0), "2026-03-03T10:30:00"],
        ends=["2026-03-02T16:00:00", None],
    )
    assert why.aoristic and why.has_times
    assert why.by_hour[8] == pytest.approx(0.125) and why.by_hour[10] == pytest.approx(1.125)
    assert why.by_hour[16] == 0 and sum(why.by_hour) == pytest.approx(2.0)
    assert why.by_weekday[:2] == pytest.approx([1.0, 1.0])
    lines = why.time_lines()
    assert lines[0] == "Busiest hours: 10:00–11:00 (1.1), 08:00–09:00 (0.1), 09:00–10:00 (0.1)"
    assert lines[1] == "Busiest days: Mon (1.0), Tue (1.0)" and lines[-1] == AORISTIC_NOTE


def test_no_windows_keeps_counts_of_start_times():
    times = [datetime(2026, 3, 2, 23, 10), datetime(2026, 3, 3, 23, 50), datetime(2026, 3, 3, 8, 0)]
    plain = why_here(["A"] * 3, [1] * 3, times)
    empty_ends = why_here(["A"] * 3, [1] * 3, times, ends=[None, "", None])
    for why in (plain, empty_ends):
        assert not why.aoristic and why.by_hour[23] == 2 and why.by_hour[8] == 1
        assert why.time_lines()[0].startswith("Busiest hours: 23:00–00:00 (2)")
    # An end before its start does not stop the briefing: counts of start times instead.
    backwards = why_here(["A"], [1], [datetime(2026, 3, 2, 16, 0)], ends=["2026-03-02T08:00:00"])
    assert not backwards.aoristic and backwards.by_hour[16] == 1
