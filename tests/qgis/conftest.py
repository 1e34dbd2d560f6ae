"""Fixtures for tests that need QGIS: the provider registered once per session."""

import pytest
from qgis.core import QgsApplication


@pytest.fixture(scope="session")
def hotspot_provider(qgis_processing):
    """Register the plugin's provider (as QGIS does for an enabled plugin) for the whole session."""
    from hotspot_plugin.processing.provider import HotspotProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("hotspot")
    if provider is None:
        provider = HotspotProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture
def run_alg(hotspot_provider):
    """Run ``hotspot:<name>`` with parameters; returns the results dict (outputs as paths)."""
    from qgis import processing

    def run(name, parameters, **kwargs):
        return processing.run(f"hotspot:{name}", parameters, **kwargs)

    return run
