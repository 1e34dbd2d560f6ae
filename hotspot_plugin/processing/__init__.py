"""The Processing provider (``provider.py``), the algorithm base (``base.py``) and one algorithm per file.

An algorithm reads layers through :mod:`hotspot_plugin.qgis_io`, computes with :mod:`hotspot_plugin.core`
and writes through ``qgis_io`` again; its heavy imports wait until it runs."""
