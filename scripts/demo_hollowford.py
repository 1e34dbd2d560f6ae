"""The teaching demo without the desktop: everything "Load demo" builds, written to files.

    python scripts/demo_hollowford.py --output demo_output/hollowford

Runs every registered algorithm of the plugin on the invented town of Hollowford (resources/demo,
made by scripts/make_demo_data.py) and writes the GeoPackages, a styled QGIS project
``hollowford_demo.qgz`` (time slider set to the policing day, 3D renderer on the cells) and
its print layouts exported by QGIS: ``hollowford_demo.png`` and ``.pdf`` (the hot spot map) and
``hollowford_briefing.pdf`` (a briefing page per geofence), and the 12-week trial's evaluation with its report
``trial_report.pdf``. Open the project in QGIS to explore it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build(output: Path) -> dict:
    """Run the chain into ``output``; returns paths and what ran or was skipped."""
    from qgis.core import QgsProject, QgsReferencedRectangle

    from hotspot_plugin.gui.demo_project import DemoProjectBuilder
    from hotspot_plugin.gui.demo_steps import run_demo_chain

    output = output.resolve()
    outcome = run_demo_chain(output)
    project = QgsProject.instance()
    project.clear()
    builder = DemoProjectBuilder(project)
    layers = builder.build(outcome)
    project.timeSettings().setTemporalRange(builder.day_range())
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(builder.extent(), project.crs()))
    project_file = output / "hollowford_demo.qgz"
    project.write(str(project_file))
    printed = export_layouts(project, output, "hollowford")
    return {
        "project": project_file,
        "png": printed[0],
        "printed": printed,
        "layers": sorted(layers),
        "outcome": outcome,
    }


def export_layouts(project, output: Path, stem: str) -> list:
    """The project's hot spot map (PNG and PDF) and geofence briefing atlas (PDF), through QGIS's layout exporter."""
    from hotspot_plugin.i18n import tr
    from hotspot_plugin.qgis_io.layouts import ATLAS_LAYOUT, HOTSPOT_LAYOUT, export_layout

    manager = project.layoutManager()
    written = []
    hotspots = manager.layoutByName(tr(HOTSPOT_LAYOUT))
    if hotspots is not None:
        written += export_layout(hotspots, output / f"{stem}_demo.png")
        written += export_layout(hotspots, output / f"{stem}_demo.pdf")
    atlas = manager.layoutByName(tr(ATLAS_LAYOUT))
    if atlas is not None:
        written += export_layout(atlas, output / f"{stem}_briefing.pdf")
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "demo_output" / "hollowford")
    args = parser.parse_args(argv)
    from qgis_headless import start_qgis, stop_qgis

    app, provider = start_qgis()
    result = build(args.output)
    outcome = result["outcome"]
    print(f"Ran: {'; '.join(outcome.ran)}")
    for line in outcome.skipped + outcome.failed:
        print(f"Not run: {line}")
    print(f"Layers: {', '.join(result['layers'])}")
    print(f"Wrote {result['project']}, " + ", ".join(str(p) for p in result["printed"]))
    if "trial_report" in outcome.products:
        print(f"Wrote the trial report {outcome.products['trial_report']}")
    failed = bool(outcome.failed)
    del result, outcome
    stop_qgis(app, provider)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
