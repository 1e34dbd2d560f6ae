"""Where the days run: in this process, on a ``LocalCluster``, or on a scheduler at an address.

``scheduler``: empty / None = in process (one day after another, no Dask needed); ``local`` = a
``LocalCluster`` of worker processes on this machine; anything else is a scheduler address such as
``tcp://host:8786`` (a force's cluster: Kubernetes, an HPC job queue, ``dask scheduler`` by hand).
With Dask, the analysis code (``hotspot_plugin.core``) is zipped and sent with ``Client.upload_file``
to every worker, present and future, so stock workers need only Python with numpy, pandas, shapely,
pyarrow and Dask.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import zipfile
from typing import Callable, List, Optional, Sequence

from ..errors import HotspotInputError
from ..progress import ProgressCallback, report
from . import OPTIONAL, require

IN_PROCESS, LOCAL = "", "local"
#: What the Gi* tiles need on a cluster (no pyarrow: they read no Parquet).
TILE_PACKAGES = ("dask", "distributed")
#: The zip's ``hotspot_plugin/__init__.py``: on a (re)load it forgets older uploads' submodules, so a
#: long-lived worker runs the code of the latest upload.
_STUB = (
    '"""hotspot_plugin analysis core, sent by Client.upload_file (not the QGIS plugin)."""\n'
    "import sys\n"
    "if 'classFactory' not in globals():  # never in a process running the real plugin\n"
    "    for _name in [n for n in sys.modules if n.startswith('hotspot_plugin.')]:\n"
    "        del sys.modules[_name]\n"
)


def imported(name: str) -> bool:
    """Whether module ``name`` is loaded in this process (asked of workers by ``Client.run``)."""
    return name in sys.modules


def core_folder() -> str:
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def code_zip(folder: Optional[str] = None) -> str:
    """A zip of ``hotspot_plugin/core`` (Python files only) under a stub package, named by its content hash."""
    core = core_folder()
    files = []
    for base, dirs, names in os.walk(core):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        files += [os.path.join(base, n) for n in sorted(names) if n.endswith(".py")]
    digest = hashlib.sha256(_STUB.encode())
    for path in files:
        digest.update(os.path.relpath(path, core).encode())
        with open(path, "rb") as handle:
            digest.update(handle.read())
    folder = folder or tempfile.gettempdir()
    target = os.path.join(folder, f"hotspot_core_{digest.hexdigest()[:16]}.zip")
    if not os.path.isfile(target):
        tmp = f"{target}.{os.getpid()}.tmp"
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("hotspot_plugin/__init__.py", _STUB)
            for path in files:
                archive.write(path, os.path.join("hotspot_plugin", "core", os.path.relpath(path, core)))
        os.replace(tmp, target)
    return target


def _python_for_workers() -> Optional[str]:
    """A Python interpreter for LocalCluster's worker processes when this process is not one (QGIS)."""
    name = os.path.basename(sys.executable or "").lower()
    if name.startswith("python"):
        return None
    major, minor = sys.version_info[:2]
    candidates = [
        os.path.join(sys.base_exec_prefix, "python.exe"),
        os.path.join(sys.base_exec_prefix, "bin", f"python{major}.{minor}"),
        os.path.join(sys.base_exec_prefix, "bin", "python3"),
    ]
    return next((c for c in candidates if os.path.isfile(c)), None)


class Runner:
    """Runs one function over many items, here or on Dask, with progress and cancel."""

    def __init__(self, scheduler=None, n_workers: Optional[int] = None, needs: Sequence[str] = OPTIONAL):
        """``needs``: the optional packages the job needs (hot spot tiles: dask and distributed only)."""
        self.client = self.cluster = None
        self.own_client = False
        if scheduler is None or (isinstance(scheduler, str) and not scheduler.strip()):
            self.where = "in process"
            return
        require(tuple(needs))
        from distributed import Client

        if isinstance(scheduler, Client):
            self.client = scheduler
        elif scheduler.strip().lower() == LOCAL:
            from distributed import LocalCluster

            python = _python_for_workers()
            if python:
                import multiprocessing

                multiprocessing.set_executable(python)
            self.cluster = LocalCluster(
                n_workers=n_workers or min(os.cpu_count() or 1, 4),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
            self.own_client = True
        else:
            try:
                self.client = Client(scheduler.strip(), timeout="20s")
            except (OSError, ValueError, TimeoutError) as error:
                raise HotspotInputError(
                    f"Could not reach the Dask scheduler at {scheduler.strip()} ({error}). Check the address "
                    "(tcp://host:8786) and that the scheduler is running, or leave the field empty to run in process."
                ) from error
            self.own_client = True
        self._upload(code_zip())
        workers = self.client.scheduler_info().get("workers", {})
        self.where = f"Dask at {self.client.scheduler.address} ({len(workers)} workers)"

    def _upload(self, path: str) -> None:
        """Send the code zip to the workers, and to the scheduler when it runs elsewhere (newer Dask unpickles
        tasks there too). A LocalCluster's scheduler runs in this process, which has the code already: loading
        the zip here would replace the running plugin's modules, so it is not sent there."""
        from distributed.diagnostics import plugin

        name = f"hotspot-core-{os.path.basename(path)}"
        register = getattr(self.client, "register_plugin", None) or self.client.register_worker_plugin
        register(plugin.UploadFile(path), name=name)
        in_process = self.cluster is not None or getattr(getattr(self.client, "cluster", None), "scheduler", None)
        if hasattr(plugin, "SchedulerUploadFile") and not in_process:
            self.client.register_plugin(plugin.SchedulerUploadFile(path), name=name)

    def map(self, function: Callable, items: Sequence, shared=None, progress: ProgressCallback = None) -> List:
        """``[function(item, shared) for item in items]``, in item order; ``progress`` runs 0..1 and may cancel."""
        n = max(len(items), 1)
        if self.client is None:
            out = []
            for k, item in enumerate(items):
                out.append(function(item, shared) if shared is not None else function(item))
                report(progress, (k + 1) / n)
            return out
        from distributed import as_completed

        extra = []
        if shared is not None:
            [shared_future] = self.client.scatter([shared], broadcast=True)
            extra = [shared_future]
        futures = [self.client.submit(function, item, *extra, pure=False) for item in items]
        position = {f.key: k for k, f in enumerate(futures)}
        out = [None] * len(futures)
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                out[position[future.key]] = future.result()
                future.release()
                report(progress, done / n)
        except BaseException:
            self.client.cancel(futures)
            raise
        return out

    def close(self) -> None:
        if self.own_client and self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
