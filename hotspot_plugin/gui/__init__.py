"""The plugin's window side: GUI parts (``parts.py`` on ``part.py``), docks made of panels (``panel.py``),
dialogs and the map tool. They read layers through :mod:`hotspot_plugin.qgis_io` and start the
Processing algorithms by id; each is built the first time it is opened."""
