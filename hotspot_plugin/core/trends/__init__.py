"""The analyst's weekly kit (issue 16): trends in space and time, QGIS-free.

Each module takes plain numpy arrays / pandas objects and returns frames with documented columns,
so the Processing algorithms that wrap them only read layers and write results:

* :mod:`.emerging` — space-time cube, space-time Gi*, per-step FDR, Mann–Kendall trend and the 17
  emerging hot spot categories (after ArcGIS's Emerging Hot Spot Analysis).
* :mod:`.mann_kendall` — the Mann–Kendall trend test, vectorised over many series.
* :mod:`.aoristic` — Ratcliffe's aoristic hour-of-week weights for crimes with a from/to window.
* :mod:`.periodcompare` — current vs previous period counts with the Poisson E-test.
* :mod:`.concentration` — 80-20 tables, Lorenz curves and Gini coefficients.
* :mod:`.forecast` — hit rate, PAI, PEI and the Recapture Rate Index.
* :mod:`.compare` — agreement, fuzzy similarity and kappa of two hot spot runs.
* :mod:`.instants` — required crime instants and local calendar steps (day, week, month).

Naive date-times (no offset) are local wall-clock times in the policing time zone (Europe/London by
default, DOMAIN.md §4), read by ``hotspot_plugin.core.timeutil``.
"""
