"""Dwell and compliance at scale: officers' fixes as Parquet partitioned by policing day, on Dask (issue 18).

The analysis is the one in :mod:`..dwell`; this package only partitions, schedules and reduces:

- :mod:`.layout`: the fixes as a folder of Parquet files, one sub-folder per policing day
  (``day=YYYY-MM-DD``), so a day's fixes of one officer are never split;
- :mod:`.worker`: what runs on a worker for one day (plain functions of numpy/pandas/shapely/pyarrow);
- :mod:`.dwell`: the driver — edges of every day, the one fix each side of a day for every officer
  (its *halo*, so segments across midnight are measured exactly once), visits per day on the workers,
  then the exact reduction (patrol-minute unions are per day, visits never cross a day) and compliance;
- :mod:`.cluster`: in process, a ``LocalCluster`` or a scheduler address, with the analysis code sent
  to the workers as a zip (``Client.upload_file``), so stock Dask workers need no plugin;
- ``python -m hotspot_plugin.core.dask_scale``: the command line for a data team's batch job.

Dask, distributed and pyarrow are optional: nothing else in the plugin needs them, and
:func:`missing` names what is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from typing import List

#: Folders searched for the optional packages when they are not on the path (scripts/setup.sh puts pyarrow
#: in the first for the system Python QGIS runs): ``HOTSPOT_PYTHON_DEPS`` (os.pathsep-separated) comes first.
DEPS_FOLDERS = (
    "/usr/local/lib/hotspot-plugin/python{major}.{minor}",
    "~/.local/share/hotspot-plugin/python{major}.{minor}",
)
OPTIONAL = ("dask", "distributed", "pyarrow")
INSTALL_HINT = (
    "Dask at scale needs the Python packages dask, distributed and pyarrow in the Python QGIS runs. On Debian or "
    "Ubuntu: sudo apt install python3-dask python3-distributed, and pyarrow with "
    "python3 -m pip install --target /usr/local/lib/hotspot-plugin/python{major}.{minor} pyarrow "
    "(scripts/setup.sh does both); with QGIS from OSGeo4W or the QGIS installer: in the OSGeo4W shell, "
    "python -m pip install dask distributed pyarrow."
)


def add_deps_path() -> List[str]:
    """Append the optional-package folders that exist to ``sys.path`` (after everything else); return them."""
    major, minor = sys.version_info[:2]
    wanted = [p for p in os.environ.get("HOTSPOT_PYTHON_DEPS", "").split(os.pathsep) if p]
    wanted += [os.path.expanduser(f.format(major=major, minor=minor)) for f in DEPS_FOLDERS]
    added = []
    for folder in wanted:
        if os.path.isdir(folder) and folder not in sys.path:
            sys.path.append(folder)
            added.append(folder)
    return added


def missing(names=OPTIONAL) -> List[str]:
    """The optional packages that cannot be imported (after :func:`add_deps_path`)."""
    add_deps_path()
    return [name for name in names if importlib.util.find_spec(name) is None]


def install_hint() -> str:
    major, minor = sys.version_info[:2]
    return INSTALL_HINT.format(major=major, minor=minor)


def require(names=OPTIONAL) -> None:
    """Raise a :class:`HotspotInputError` naming the missing optional packages and how to install them."""
    from ..errors import HotspotInputError

    absent = missing(names)
    if absent:
        raise HotspotInputError(f"Missing Python package(s): {', '.join(absent)}. {install_hint()}")
