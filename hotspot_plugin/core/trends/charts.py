"""Charts of the weekly kit as PNG files: the aoristic heat strip and the Lorenz curve.

Drawn with matplotlib's object interface (``Figure`` and the Agg canvas, never ``pyplot``), so they draw
in a Processing thread, in ``qgis_process`` and without a display; matplotlib is imported when a chart
is drawn. Colours are colour-blind safe (viridis; the Lorenz curves in blue and orange).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..text import tr
from .aoristic import DAY_NAMES, HOURS_PER_WEEK

#: At most this many places get a strip of their own (the busiest); the rest are summed in "All places".
MAX_STRIPS = 20


def _day_names(short: bool = False):
    """Monday … Sunday (or Mon … Sun) in the running language (the aoristic table keeps English names as data)."""
    if short:
        names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
    else:
        names = (
            tr("Monday"),
            tr("Tuesday"),
            tr("Wednesday"),
            tr("Thursday"),
            tr("Friday"),
            tr("Saturday"),
            tr("Sunday"),
        )
    assert len(names) == len(DAY_NAMES)
    return list(names)


def _canvas(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=120)
    FigureCanvasAgg(figure)
    return figure


def heat_strip(table, path: str, title: str = "") -> int:
    """Draw the aoristic table (:data:`.aoristic.TABLE_COLUMNS`) as a heat map and save it as PNG at ``path``.

    Without places: days (rows) × hours (columns). With places: one strip of 168 hours per place (the
    :data:`MAX_STRIPS` busiest), under a strip of all places together. Returns the number of strips drawn.
    """
    if "place" in table.columns:
        by_place = table.groupby("place", sort=False)["weight"].sum().sort_values(ascending=False, kind="stable")
        shown = list(by_place.index[:MAX_STRIPS])
        total = table.groupby("how")["weight"].sum().reindex(range(HOURS_PER_WEEK), fill_value=0.0).to_numpy()
        strips = [total] + [
            table[table["place"] == place]
            .set_index("how")["weight"]
            .reindex(range(HOURS_PER_WEEK), fill_value=0.0)
            .to_numpy()
            for place in shown
        ]
        labels = [tr("All places")] + [str(p) for p in shown]
        data = np.vstack(strips)
        # Each strip on its own scale (its share of the place's weight), so quiet places show their pattern.
        sums = data.sum(axis=1, keepdims=True)
        data = np.divide(data, sums, out=np.zeros_like(data), where=sums > 0)
        figure = _canvas(12, 1.2 + 0.32 * len(labels))
        axes = figure.add_subplot(1, 1, 1)
        image = axes.imshow(data, aspect="auto", cmap="viridis", interpolation="nearest")
        axes.set_yticks(range(len(labels)))
        axes.set_yticklabels(labels, fontsize=7)
        axes.set_xticks([24 * d + 12 for d in range(7)])
        axes.set_xticklabels(_day_names(short=True))
        for day in range(1, 7):
            axes.axvline(24 * day - 0.5, color="white", linewidth=0.8)
        figure.colorbar(image, ax=axes, label=tr("share of the place's weight"), fraction=0.03)
    else:
        weights = table.set_index("how")["weight"].reindex(range(HOURS_PER_WEEK), fill_value=0.0).to_numpy()
        data = weights.reshape(7, 24)
        labels = _day_names()
        figure = _canvas(10, 3.6)
        axes = figure.add_subplot(1, 1, 1)
        image = axes.imshow(data, aspect="auto", cmap="viridis", interpolation="nearest")
        axes.set_yticks(range(7))
        axes.set_yticklabels(labels, fontsize=8)
        axes.set_xticks(range(0, 24, 2))
        axes.set_xticklabels([f"{h:02d}" for h in range(0, 24, 2)])
        axes.set_xlabel(tr("hour of the day (local time)"))
        figure.colorbar(image, ax=axes, label=tr("crimes (aoristic weight)"), fraction=0.03)
    axes.set_title(title or tr("Aoristic weight by hour of the week"))
    figure.tight_layout()
    figure.savefig(path, format="png")
    return len(labels)


def lorenz_chart(
    crimes: Sequence[float],
    path: str,
    harm: Optional[Sequence[float]] = None,
    gini_crimes: Optional[float] = None,
    gini_harm: Optional[float] = None,
) -> None:
    """Lorenz curves (share of places, least affected first, against the share they hold) as PNG."""
    from .concentration import lorenz_curve

    figure = _canvas(5.5, 5.5)
    axes = figure.add_subplot(1, 1, 1)
    axes.plot([0, 1], [0, 1], color="#969696", linewidth=0.8, linestyle="--", label=tr("equal shares"))
    for values, colour, name, g in (
        (crimes, "#0072b2", tr("crimes"), gini_crimes),
        (harm, "#e69f00", tr("harm"), gini_harm),
    ):
        if values is None:
            continue
        share_places, share_total = lorenz_curve(values)
        label = name if g is None else tr("{name} (Gini {gini})").format(name=name, gini=f"{g:.2f}")
        axes.plot(share_places, share_total, color=colour, linewidth=1.6, label=label)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_xlabel(tr("share of places (least affected first)"))
    axes.set_ylabel(tr("share held"))
    axes.set_title(tr("Concentration (Lorenz curve)"))
    axes.legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    figure.savefig(path, format="png")
