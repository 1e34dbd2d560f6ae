"""The foundation algorithms as QGIS users meet them: styled on load, in a model, cancellable."""

import numpy as np
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from hotspot_plugin.core.resources import resource_path

from .layers import point_layer


def test_outputs_are_styled_and_described_on_load(hotspot_provider, qgis_new_project):
    from qgis import processing

    rng = np.random.default_rng(1)
    layer = point_layer(
        np.r_[rng.uniform(0, 3000, 300), rng.normal(1500, 80, 100)] + 450000,
        np.r_[rng.uniform(0, 3000, 300), rng.normal(1500, 80, 100)] + 200000,
    )
    result = processing.runAndLoadResults(
        "hotspot:harmhotspots", {"INPUT": layer, "CELL_SIZE": 150, "DISTANCE_BAND": 450, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    loaded = QgsProject.instance().mapLayer(result["OUTPUT"])
    assert loaded is not None
    renderer = loaded.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "gi_bin"
    assert sorted(int(c.value()) for c in renderer.categories()) == [-3, -2, -1, 0, 1, 2, 3]
    abstract = loaded.metadata().abstract()
    assert "Distance band: 450 m" in abstract and "Cell size: 150 m" in abstract
    # The Optimized-Hot-Spot-Analysis-style summary travels with the layer, warnings included.
    for line in (
        "Cell rule: no study area given",
        "Cells tested: ",
        "Incidents used: 400 of 400",
        "FDR correction: on",
    ):
        assert line in abstract, line
    assert "Hot cells by level: 99 %: " in abstract and "Cold cells by level: " in abstract
    assert "Warning: Counts only" in abstract  # the layer has no harm field: a count-only run says so
    fences = processing.runAndLoadResults(
        "hotspot:geofencesfromhotspots", {"INPUT": loaded, "MIN_BIN": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    fence_abstract = QgsProject.instance().mapLayer(fences["OUTPUT"]).metadata().abstract()
    assert "Study area A: " in fence_abstract and "All fences together: PAI " in fence_abstract


@pytest.mark.parametrize("destination", ["memory", "gpkg"])
def test_chain_runs_as_a_graphical_model(hotspot_provider, policeuk_csv, tmp_path, destination):
    """import → hot spots → geofences wired as a Processing model, as an evaluator would build it.

    A GeoPackage output of the model opens styled in a fresh layer (the style travels in the file)."""
    model = QgsProcessingModelAlgorithm("Hot spot chain", "tests")
    model.addModelParameter(
        QgsProcessingParameterFile("csv", "police.uk CSV", extension="csv"), QgsProcessingModelParameter("csv")
    )

    def child(alg_id, name, sources, output=None):
        step = QgsProcessingModelChildAlgorithm(alg_id)
        step.setChildId(name)
        for key, source in sources.items():
            step.addParameterSources(key, [source])
        if output:
            out = QgsProcessingModelOutput(output, output)
            out.setChildOutputName("OUTPUT")
            out.setChildId(name)
            step.setModelOutputs({output: out})
        model.addChildAlgorithm(step)

    src = QgsProcessingModelChildParameterSource
    child("hotspot:importpoliceuk", "import", {"INPUT": src.fromModelParameter("csv")})
    child(
        "hotspot:harmhotspots",
        "hot",
        {
            "INPUT": src.fromChildOutput("import", "OUTPUT"),
            "HARM_FIELD": src.fromStaticValue("harm"),
            "CELL_SIZE": src.fromStaticValue(300),
            "DISTANCE_BAND": src.fromStaticValue(900),
        },
    )
    child(
        "hotspot:geofencesfromhotspots",
        "fences",
        {"INPUT": src.fromChildOutput("hot", "OUTPUT"), "TOP_N": src.fromStaticValue(5)},
        output="fences",
    )
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    target = str(tmp_path / "fences.gpkg") if destination == "gpkg" else "TEMPORARY_OUTPUT"
    # The model's destination parameter is "fences:fences" (child:output) on 3.22 and "fences" on 3.40.
    (output_key,) = [p.name() for p in model.destinationParameterDefinitions()]
    assert output_key in ("fences:fences", "fences")
    parameters = {"csv": str(policeuk_csv), output_key: target}
    ok, message = model.checkParameterValues(parameters, context)
    assert ok, message
    results, ok = model.run(parameters, context, feedback)
    assert ok
    fences = QgsProcessingUtils.mapLayerFromString(results[output_key], context)
    assert fences.featureCount() == 5
    assert [f["rank"] for f in fences.getFeatures()] == [1, 2, 3, 4, 5]
    if destination == "gpkg":
        assert results[output_key] == target
        fresh = QgsVectorLayer(f"{target}|layername=fences", "fresh", "ogr")
        expected = QgsVectorLayer(f"{target}|layername=fences", "expected", "ogr")
        assert expected.loadNamedStyle(str(resource_path("styles", "geofences.qml")))[1]
        assert fresh.renderer().dump() == expected.renderer().dump()
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([policeuk_csv.name, "fences.gpkg"])


def test_cancel_stops_the_run(run_alg):
    rng = np.random.default_rng(2)
    layer = point_layer(rng.uniform(450000, 460000, 500), rng.uniform(200000, 210000, 500))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("harmhotspots", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
