"""Processing provider and algorithms: thin adapters over :mod:`hotspot_plugin.core`."""
