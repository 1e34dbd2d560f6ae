"""The QGIS side of the analysis: layers ↔ arrays and frames, values, CRSs, outputs, styles, stores.

``core/`` imports nothing from QGIS; the algorithms in ``processing/`` and the docks in ``gui/`` meet it
here. Modules, lightest first; all but ``layers`` and ``survey_style`` import nothing heavier than
``qgis.core`` at the top (numpy, shapely and the analysis core come when a function needs them), so
algorithm classes can use them while the provider lists its algorithms:

- ``feedback``: cancel checks for long loops;
- ``values``: attribute values (NULL, ``QDateTime`` ↔ ``datetime``) as plain Python and back;
- ``fields``: ``QgsField``/``QgsFields`` with the field types of the running QGIS;
- ``geometry``: ``QgsGeometry`` ↔ shapely (shapely imported on first use);
- ``crs``: the metric CRS to compute in and the operation that reprojects to it;
- ``layers``: point layers to coordinate arrays, polygon layers to shapely, hot spot cells (numpy);
- ``outputs``: the safe-output mechanism every algorithm runs through; ``styles``: styles and metadata
  of outputs; ``survey_style``: the survey overlay's styles;
- ``geofence_store``: geofence layers in GeoPackage/PostGIS; ``tasking_io``: attribute tables as rows;
  ``track_layers``: officer fixes as point and track line features; ``redacted``: commands without
  passwords; ``qt_compat``: the field types of the running QGIS, behind ``fields``.
"""
