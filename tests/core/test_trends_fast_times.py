"""The vectorised reading of naive datetime64 times agrees with timeutil's convention, clock changes included."""

import numpy as np
import pandas as pd

from hotspot_plugin.core.timeutil import to_utc
from hotspot_plugin.core.trends.instants import naive_datetime64_utc, required_utc


def test_same_instants_as_to_utc_across_clock_changes():
    edges = np.array(
        [
            "2026-03-29T00:59:00",
            "2026-03-29T01:00:00",  # the spring-forward gap: the offset before the change
            "2026-03-29T01:30:00",
            "2026-03-29T02:00:00",
            "2026-10-25T00:59:00",
            "2026-10-25T01:00:00",  # the repeated autumn hour: its first occurrence (BST)
            "2026-10-25T01:30:00",
            "2026-10-25T02:00:00",
            "2026-07-01T12:00:00",
            "2026-01-01T12:00:00",
        ],
        dtype="datetime64[ms]",
    )
    rng = np.random.default_rng(4)
    random = np.datetime64("2024-01-01", "ms") + rng.integers(0, 3 * 365 * 86400, 2000).astype("timedelta64[s]")
    values = np.concatenate([edges, random.astype("datetime64[ms]")])
    fast = naive_datetime64_utc(values, "Europe/London")
    slow = to_utc(pd.Series(values), "Europe/London")
    assert (fast == slow).all()
    assert fast.iloc[2] == pd.Timestamp("2026-03-29T01:30:00Z")
    assert fast.iloc[6] == pd.Timestamp("2026-10-25T00:30:00Z")
    assert (required_utc(values) == slow).all()
    assert naive_datetime64_utc(["2026-01-01T10:00"]) is None  # text goes through to_utc
    assert naive_datetime64_utc(slow) is None  # already instants
