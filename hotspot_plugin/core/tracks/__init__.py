"""Officer tracks (DOMAIN.md §4, §8): from tracking exports to clean, sorted fixes in UTC and track lines.

- ``readers``: app GPS or radio CSV, GPX, GeoJSON and NMEA into one raw table; column recognition,
  previews for the mapping dialog, the radio id → collar number lookup;
- ``importer``: :func:`~hotspot_plugin.core.tracks.importer.import_tracks`, the whole import (times
  through ``core.timeutil``, ids through ``core.ids``) and what it dropped and why;
- ``clean``: coordinate checks against the CRS's area of use, GPS jumps, ping intervals;
- ``lines``: one track line per officer per policing day.
"""
