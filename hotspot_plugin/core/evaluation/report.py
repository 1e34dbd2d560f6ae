"""What the trial report shows, as plain tables and matplotlib charts (no QGIS; matplotlib only when drawing).

- :func:`design_lines`: the design in a few lines (places, days, arms, delivery);
- :func:`balance_table`: treatment against control place-days on what the allocation should balance —
  weekday mix, day length, and each place's own level measured on its *control* days (so the patrols'
  effect does not enter it): under randomisation the two arms' means should be close;
- :func:`effect_chart`, :func:`dose_chart`, :func:`koper_chart`: PNG charts (rate ratios with their
  intervals, harm per place-day by delivered minutes, Kaplan–Meier curves by visit length).
"""

from __future__ import annotations

from typing import List, Sequence

import numpy as np
import pandas as pd

from ..ids import id_text
from ..tasking import CONTROL, TREATMENT
from ..text import tr

BALANCE_FIELDS = ("measure", "treatment", "control", "difference")
#: Colours of the charts (ColorBrewer Dark2, readable in print and by most colour-blind readers).
COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]


def _frame(ledger) -> pd.DataFrame:
    return ledger.frame if hasattr(ledger, "frame") else pd.DataFrame(ledger)


def design_lines(ledger) -> List[str]:
    """The trial's design in plain sentences, from the ledger."""
    frame = _frame(ledger)
    days = sorted(pd.Series(frame["day"].astype(str)).unique())
    arms = frame["arm"].astype(str).value_counts()
    places = frame["fence_id"].map(id_text).nunique()
    lines = [
        tr("{places} places × {days} policing days ({first} to {last}) = {n} place-days.").format(
            places=places, days=len(days), first=days[0], last=days[-1], n=f"{len(frame):,}"
        ),
        tr(
            "Allocated: {treatment} treatment, {control} control, {washout} washout, {unscheduled} not scheduled "
            "place-days."
        ).format(
            treatment=f"{int(arms.get(TREATMENT, 0)):,}",
            control=f"{int(arms.get(CONTROL, 0)):,}",
            washout=f"{int(arms.get('washout', 0)):,}",
            unscheduled=f"{int(arms.get('not scheduled', 0)):,}",
        ),
    ]
    if "block" in frame.columns:
        lines.append(
            tr("Randomised each day within {n} blocks ({blocks}).").format(
                n=frame["block"].nunique(), blocks=", ".join(sorted(map(str, frame["block"].unique())))
            )
        )
    if "tasked_min" in frame.columns and frame["tasked_min"].sum() > 0:
        tasked, delivered = float(frame["tasked_min"].sum()), float(frame["delivered_min"].sum())
        lines.append(
            tr("Tasked {tasked} patrol-minutes; delivered {delivered} inside the windows ({share} %).").format(
                tasked=f"{tasked:,.0f}", delivered=f"{delivered:,.0f}", share=f"{100 * delivered / tasked:.0f}"
            )
        )
    if "background_min" in frame.columns:
        control = frame[frame["arm"] == CONTROL]
        if len(control):
            lines.append(
                tr(
                    "Patrol presence in control places: {minutes} min per place-day ({share} % of control "
                    "place-days had some)."
                ).format(
                    minutes=f"{control['background_min'].mean():.1f}",
                    share=f"{100 * (control['background_min'] > 0).mean():.0f}",
                )
            )
    return lines


def power_line(row) -> str:
    """The design's minimum detectable effect (a row of ``power.POWER_FIELDS``) in one sentence."""
    return tr(
        "Power: with {places} places × {days} days the smallest effect found with {power} % power (α {alpha}) is "
        "a rate ratio of {ratio}, {fewer} % fewer crimes (simulated power {simulated})."
    ).format(
        places=int(row["places"]),
        days=int(row["days"]),
        power=f"{100 * float(row['power']):.0f}",
        alpha=f"{float(row['alpha']):g}",
        ratio=f"{float(row['mde_rate_ratio']):.3f}",
        fewer=f"{float(row['mde_reduction_pct']):.1f}",
        simulated=f"{float(row['simulated_power']):.2f}",
    )


def balance_table(ledger) -> pd.DataFrame:
    """Treatment vs control place-days (``BALANCE_FIELDS``): weekday mix, day length, places' control-day levels."""
    frame = _frame(ledger)
    frame = frame[frame["arm"].isin((TREATMENT, CONTROL))].copy()
    frame["key"] = frame["fence_id"].map(id_text)
    weekday = pd.to_datetime(frame["day"].astype(str)).dt.dayofweek
    frame["weekend"] = weekday.isin((4, 5)).astype(float)  # Friday and Saturday policing days
    control = frame[frame["arm"] == CONTROL]
    rows = [(tr("Place-days"), lambda p: float(len(p)), "{:,.0f}")]
    rows.append((tr("Places"), lambda p: float(p["key"].nunique()), "{:,.0f}"))
    rows.append((tr("Friday or Saturday (%)"), lambda p: 100 * p["weekend"].mean(), "{:.1f}"))
    if "day_hours" in frame.columns:
        rows.append((tr("Mean day length (h)"), lambda p: p["day_hours"].astype(float).mean(), "{:.3f}"))
    for column, label in (
        ("crimes", tr("Place's crimes per control day")),
        ("harm", tr("Place's harm per control day")),
    ):
        if column in frame.columns and not frame[column].isna().all():
            level = control.groupby("key")[column].mean()
            frame[f"level_{column}"] = frame["key"].map(level).astype(float)
            rows.append((label, lambda p, c=f"level_{column}": p[c].mean(), "{:.3f}"))
    out = []
    for label, measure, fmt in rows:
        t, c = measure(frame[frame["arm"] == TREATMENT]), measure(frame[frame["arm"] == CONTROL])
        out.append(
            {"measure": label, "treatment": fmt.format(t), "control": fmt.format(c), "difference": fmt.format(t - c)}
        )
    return pd.DataFrame(out, columns=list(BALANCE_FIELDS))


def short_measure(measure) -> str:
    """``crimes (Poisson)`` for ``crimes rate ratio (Poisson, place fixed effects)``."""
    return str(measure).replace(" rate ratio", "").replace(", place fixed effects", "")


def _figure(width_mm: float, height_mm: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415 - heavy, only when drawing
    from matplotlib.figure import Figure  # noqa: PLC0415

    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200)
    FigureCanvasAgg(figure)
    return figure


def _save(figure, path) -> str:
    figure.tight_layout()
    figure.savefig(str(path), format="png", dpi=200, facecolor="white")
    return str(path)


def effect_chart(table: pd.DataFrame, path, width_mm: float = 130, height_mm: float = 55) -> str:
    """Rate ratios with their 95 % intervals on a log scale, one line per measure; 1 (no effect) marked."""
    figure = _figure(width_mm, height_mm)
    ax = figure.add_subplot(1, 1, 1)
    rows = table.reset_index(drop=True)
    y = np.arange(len(rows))[::-1]
    for k, row in rows.iterrows():
        colour = COLOURS[k % len(COLOURS)]
        ax.plot([row["ci_low"], row["ci_high"]], [y[k], y[k]], color=colour, lw=2)
        ax.plot([row["estimate"]], [y[k]], "o", color=colour, ms=6)
    ax.axvline(1.0, color="#555555", lw=1, ls="--")
    ax.set_xscale("log")
    low = float(min(rows["ci_low"].min(), 1.0)) * 0.9
    high = float(max(rows["ci_high"].max(), 1.0)) * 1.1
    ax.set_xlim(low, high)
    ticks = [t for t in (0.25, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5, 2.0, 3.0) if low <= t <= high]
    ax.set_xticks(ticks)
    ax.set_xticklabels([f"{t:g}" for t in ticks])
    ax.set_yticks(y)
    ax.set_yticklabels([short_measure(m) for m in rows["measure"]], fontsize=7)
    ax.set_xlabel(tr("Rate ratio, treatment ÷ control (95 % interval; below 1 = fewer)"), fontsize=7)
    ax.tick_params(labelsize=7)
    ax.grid(axis="x", color="#dddddd", lw=0.5)
    return _save(figure, path)


def dose_chart(dose: pd.DataFrame, path, width_mm: float = 130, height_mm: float = 60) -> str:
    """Harm (or crimes) per place-day by band of delivered minutes, with clustered ±1.96 SE bars."""
    figure = _figure(width_mm, height_mm)
    ax = figure.add_subplot(1, 1, 1)
    rows = dose[dose["place_days"] > 0].reset_index(drop=True)
    has_harm = "harm_per_day" in rows.columns and rows["harm_per_day"].notna().any()
    value = rows["harm_per_day"] if has_harm else rows["crimes_per_day"]
    x = np.arange(len(rows))
    ax.bar(x, value, color=COLOURS[0], width=0.6)
    if has_harm:
        ax.errorbar(
            x, value, yerr=1.96 * rows["harm_per_day_se"].fillna(0.0), fmt="none", ecolor="#333333", capsize=3, lw=1
        )
    for k, n in enumerate(rows["place_days"]):
        ax.text(x[k], 0, f"n={int(n):,}", ha="center", va="bottom", fontsize=6, color="white")
    ax.set_xticks(x)
    ax.set_xticklabels(rows["band"], fontsize=7)
    ax.set_xlabel(tr("Patrol minutes delivered that day (treatment and control place-days)"), fontsize=7)
    ax.set_ylabel(tr("Harm per place-day") if has_harm else tr("Crimes per place-day"), fontsize=7)
    ax.tick_params(labelsize=7)
    ax.grid(axis="y", color="#dddddd", lw=0.5)
    return _save(figure, path)


def koper_chart(
    curves: pd.DataFrame,
    path,
    bands: Sequence[str] = (),
    width_mm: float = 130,
    height_mm: float = 60,
    max_minutes: float = 48 * 60.0,
) -> str:
    """Kaplan–Meier curves of the time to the next crime after a presence ends, one step line per length band."""
    figure = _figure(width_mm, height_mm)
    ax = figure.add_subplot(1, 1, 1)
    order = list(bands) or list(dict.fromkeys(curves["band"]))
    for k, band in enumerate(order):
        part = curves[curves["band"] == band].sort_values("time_min")
        if part.empty:
            continue
        t = np.append(part["time_min"].to_numpy(dtype=float), max_minutes)
        s = np.append(part["survival"].to_numpy(dtype=float), part["survival"].iloc[-1])
        keep = t <= max_minutes
        ax.step(
            t[keep] / 60.0,
            s[keep],
            where="post",
            color=COLOURS[k % len(COLOURS)],
            lw=1.3,
            label=f"{band} (n={int(part['at_risk'].iloc[0]):,})",
        )
    ax.set_xlim(0, max_minutes / 60.0)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(tr("Hours after the patrol left"), fontsize=7)
    ax.set_ylabel(tr("Share still without a crime"), fontsize=7)
    ax.tick_params(labelsize=7)
    ax.grid(color="#dddddd", lw=0.5)
    ax.legend(fontsize=6, title=tr("Visit length"), title_fontsize=6, frameon=False)
    return _save(figure, path)
