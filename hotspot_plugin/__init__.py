"""Hot spot policing: harm-weighted hot spots, geofences, patrol tasking and dwell for QGIS."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """QGIS entry point; imports lazily so that loading the plugin list stays cheap."""
    from .plugin import HotspotPlugin

    return HotspotPlugin(iface)
