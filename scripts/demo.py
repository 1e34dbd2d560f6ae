"""The demo: the whole hot spot chain on the shipped police.uk month, with results to open.

    python scripts/demo.py --output demo_output      (or: make demo)

Imports the Thames Valley June 2018 street-level crimes with harm weights, finds harm-weighted
Gi* hot spots on 150 m cells inside the Oxford LSOAs (the study area: every cell sharing area with
them is tested, empty cells included, and only crimes inside them count) with a 300 m band (two
cells, the scale of UK hot spot trials; the automatic band search picks it too for this month when
the coordinates go through OSTN15, but a band set here keeps the demo the same on every machine), draws geofences
around the hot cells that hold repeat crime (at least two crimes in the month), scores them
against the LSOAs' area (PAI, harm PAI, PEI), and writes:

* ``hotspots_demo.gpkg`` — layers crimes, hotspot_cells, geofences, oxford_lsoa (styles stored in
  the GeoPackage, so they open styled in any QGIS);
* ``hotspots_demo.qgz`` — a QGIS project with those layers;
* ``hotspots_demo.png`` and ``hotspots_demo.pdf`` — the hot spot map, and ``hotspots_briefing.pdf`` — a
  briefing page per geofence, exported from the project's print layouts;
* ``hotspots_demo.log`` — every automatic choice the algorithms made.

WGS 84 → British National Grid goes through OSTN15 where this machine has it (PROJ's grid, or the
convertbng package) for the crimes and the LSOAs alike; the project's transform context is pinned
to the best operation QGIS can run, so QGIS shows no "Cannot use preferred transform" warning.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "resources" / "police_uk"
ATTRIBUTION = (
    "Contains public sector information licensed under the Open Government Licence v3.0. "
    "Source: data.police.uk; Office for National Statistics. "
    "Contains OS data © Crown copyright and database right."
)


def gpkg_layer(gpkg: Path, table: str) -> str:
    return f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)"


def write_in_bng(source_path: Path, gpkg: Path, table: str, context) -> str:
    """Copy a layer into the GeoPackage in EPSG:27700 by the same operation the crimes went through."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsVectorFileWriter, QgsVectorLayer

    from hotspot_plugin.qgis_io.crs import BRITISH_NATIONAL_GRID, Reprojection

    source = QgsVectorLayer(str(source_path), table, "ogr")
    target = QgsCoordinateReferenceSystem(BRITISH_NATIONAL_GRID)
    reprojection = Reprojection(source.crs(), target, context)
    memory = QgsVectorLayer(f"MultiPolygon?crs={BRITISH_NATIONAL_GRID}", table, "memory")
    memory.dataProvider().addAttributes(source.fields().toList())
    memory.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(memory.fields())
        copy.setAttributes(feature.attributes())
        copy.setGeometry(reprojection.geometry(feature.geometry()))
        features.append(copy)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(gpkg), context.transformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"Could not write {table} to {gpkg}: {error[1]}")
    return reprojection.description


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "demo_output")
    args = parser.parse_args(argv)
    from qgis_headless import start_qgis, stop_qgis

    app, provider = start_qgis()
    run_demo(args.output.resolve())
    stop_qgis(app, provider)
    return 0


def run_demo(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    gpkg = out / "hotspots_demo.gpkg"
    for stale in (gpkg, *(out / f"hotspots_{n}" for n in ("demo.qgz", "demo.png", "demo.pdf", "briefing.pdf"))):
        stale.unlink(missing_ok=True)

    from qgis import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtGui import QColor

    from hotspot_plugin.core.resources import resource_path
    from hotspot_plugin.qgis_io.crs import pin_best_operations

    log_lines = []
    project = QgsProject.instance()
    # Pin WGS 84 → BNG to the best operation QGIS can run here, so it never falls back with a warning.
    pinned, chosen = pin_best_operations(project.transformContext())
    project.setTransformContext(pinned)
    for choice in chosen.values():
        accuracy = f"stated accuracy {choice.accuracy:g} m" if choice.accuracy >= 0 else "accuracy not stated"
        log_lines.append(
            f"Project transform context (QGIS's own on-the-fly reprojection): {choice.source} → {choice.target} "
            f"by {choice.name} ({accuracy})"
        )

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 - QGIS API name
            log_lines.append(info)
            print(info)

        def pushWarning(self, warning):  # noqa: N802 - QGIS API name
            log_lines.append(f"WARNING: {warning}")
            print(f"WARNING: {warning}")

    feedback = Feedback()
    print("1/3 Importing police.uk crimes…")
    processing.run(
        "hotspot:importpoliceuk",
        {"INPUT": str(DATA / "2018-06-thames-valley-street.csv"), "OUTPUT": gpkg_layer(gpkg, "crimes")},
        feedback=feedback,
    )
    context = QgsProcessingContext()
    context.setProject(project)
    lsoa_transform = write_in_bng(DATA / "oxford_lsoa11.geojson", gpkg, "oxford_lsoa", context)
    log_lines.append(f"Oxford LSOAs: {lsoa_transform}")
    lsoa = QgsVectorLayer(f"{gpkg}|layername=oxford_lsoa", "Oxford LSOAs", "ogr")
    print("2/3 Harm-weighted Gi* hot spots inside the Oxford LSOAs…")
    hot = processing.run(
        "hotspot:harmhotspots",
        {
            "INPUT": f"{gpkg}|layername=crimes",
            "HARM_FIELD": "harm",
            "BOUNDARY": f"{gpkg}|layername=oxford_lsoa",
            "DISTANCE_BAND": 300,
            "OUTPUT": gpkg_layer(gpkg, "hotspot_cells"),
        },
        feedback=feedback,
    )
    print("3/3 Geofences around the hot cells with repeat crime…")
    fences = processing.run(
        "hotspot:geofencesfromhotspots",
        {
            "INPUT": f"{gpkg}|layername=hotspot_cells",
            "MIN_BIN": 2,
            "MIN_CRIMES": 2,
            "TOP_N": 20,
            "BUFFER": 10,
            "STUDY_AREA": f"{gpkg}|layername=oxford_lsoa",
            "OUTPUT": gpkg_layer(gpkg, "geofences"),
        },
        feedback=feedback,
    )

    project.setCrs(lsoa.crs().fromOgcWmsCrs("EPSG:27700"))
    project.setTitle("Hot spot policing demo — Oxford, June 2018")
    layers = {}
    for table, name, style in [
        ("oxford_lsoa", "Oxford LSOAs", None),
        ("hotspot_cells", "Harm hot spots (Gi* bins)", "hotspots.qml"),
        ("crimes", "Crimes (police.uk, June 2018)", "crimes.qml"),
        ("geofences", "Geofences (repeat crime)", "geofences.qml"),
    ]:
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
        if style:
            layer.loadNamedStyle(str(resource_path("styles", style)))
        else:
            layer.renderer().symbol().setColor(QColor(0, 0, 0, 0))
            layer.renderer().symbol().symbolLayer(0).setStrokeColor(QColor("#969696"))
        metadata = layer.metadata()
        metadata.setRights([ATTRIBUTION])
        layer.setMetadata(metadata)
        layer.saveStyleToDatabase(name, "Hot spot policing demo style", True, "")
        layers[table] = layer
    for table in ["oxford_lsoa", "hotspot_cells", "crimes", "geofences"]:
        project.addMapLayer(layers[table])

    # The map and the briefing come out of QGIS print layouts (saved in the project too), with legend,
    # scale bar, north arrow, attribution and protective marking.
    from hotspot_plugin.qgis_io.layouts import briefing_atlas_layout, export_layout, hotspot_map_layout

    attribution = [sentence.strip() + "." for sentence in ATTRIBUTION.rstrip(".").split(". ")]
    extent = layers["oxford_lsoa"].extent()
    hotspot_layout = hotspot_map_layout(
        project,
        layers["hotspot_cells"],
        [layers[t] for t in ["geofences", "crimes", "oxford_lsoa"]],
        title="Harm hot spots, Oxford, June 2018",
        attribution=attribution,
        extent=extent,
    )
    atlas = briefing_atlas_layout(
        project, layers["geofences"], [layers["crimes"], layers["hotspot_cells"]], attribution=attribution
    )
    printed = export_layout(hotspot_layout, out / "hotspots_demo.png")
    printed += export_layout(hotspot_layout, out / "hotspots_demo.pdf")
    printed += export_layout(atlas, out / "hotspots_briefing.pdf")
    project.write(str(out / "hotspots_demo.qgz"))

    summary = [
        f"Cells tested: {hot['CELLS_TESTED']:,} of {hot['CELL_SIZE_USED']:g} m; band {hot['DISTANCE_BAND_USED']:.0f} m",
        f"Hot cells (95 %+): {hot['HOT_CELLS']:,} holding {hot['HARM_SHARE_HOT']:.1f} % of harm",
        f"Geofences: {fences['N_FENCES']} holding {fences['HARM_SHARE']:.1f} % of harm and "
        f"{fences['CRIME_SHARE']:.1f} % of crimes on {fences['AREA_SHARE']:.2f} % of the area; PAI "
        f"{fences['PAI']:.1f}, harm PAI {fences['PAI_HARM']:.1f}, PEI {fences['PEI']:.2f}",
        ATTRIBUTION,
    ]
    (out / "hotspots_demo.log").write_text("\n".join(log_lines + [""] + summary) + "\n", encoding="utf-8")
    print("\n".join(summary))
    print(f"Open {out / 'hotspots_demo.qgz'} in QGIS, or look at " + ", ".join(str(p) for p in printed) + ".")


if __name__ == "__main__":
    sys.exit(main())
